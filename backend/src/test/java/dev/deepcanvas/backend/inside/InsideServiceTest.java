package dev.deepcanvas.backend.inside;

import dev.deepcanvas.backend.ServiceTest;
import dev.deepcanvas.backend.account.AccountPrincipal;
import dev.deepcanvas.backend.account.AccountService;
import dev.deepcanvas.backend.account.SignedIn;
import dev.deepcanvas.backend.dataset.DatasetPart;
import dev.deepcanvas.backend.dataset.DatasetService;
import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.backend.dataset.builtin.IrisDataset;
import dev.deepcanvas.backend.dataset.builtin.SentimentDataset;
import dev.deepcanvas.backend.dataset.builtin.ShapesDataset;
import dev.deepcanvas.backend.inference.InferenceService;
import dev.deepcanvas.backend.training.RunLauncher;
import dev.deepcanvas.backend.training.RunOptions;
import dev.deepcanvas.backend.training.RunQueries;
import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.backend.training.Runs;
import dev.deepcanvas.db.run.RunEntity;
import dev.deepcanvas.db.run.RunRepository;
import dev.deepcanvas.db.run.RunStatus;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphEdge;
import dev.deepcanvas.graph.document.GraphNode;
import dev.deepcanvas.templates.TemplateCatalog;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class InsideServiceTest extends ServiceTest {

    @Autowired
    InsideService inside;
    @Autowired
    InferenceService inference;
    @Autowired
    RunLauncher launcher;
    @Autowired
    RunQueries queries;
    @Autowired
    RunRepository runRepository;
    @Autowired
    DatasetService datasets;
    @Autowired
    TemplateCatalog templates;
    @Autowired
    AccountService accounts;
    @Autowired
    Runs helper;

    @Test
    void everyLayerOfASmallCnnShowsDl4jsOwnActivations() throws Exception {
        GraphDocument cnn = templates.find("shapes-cnn").orElseThrow().document()
                .withParam("conv1", "filters", 4).withParam("conv2", "filters", 6).withParam("dense", "units", 12);
        RunSummary run = launcher.start(new RunLauncher.StartRequest(null, null, cnn, ShapesDataset.ID,
                RunOptions.none().withEpochs(1)));
        assertThat(helper.awaitTerminal(run.id(), Duration.ofMinutes(5)).status()).isEqualTo(RunState.SUCCEEDED);
        int index = 7;

        InsideExample seen = inside.look(run.id(), index);

        PreparedDataset shapes = datasets.get(ShapesDataset.ID);
        INDArray example = shapes.test().getFeatures().slice(index).reshape(1, 3, 32, 32).dup();
        ComputationGraph net = ModelSerializer.restoreComputationGraph(queries.modelFile(run.id()).toFile(), false);
        Map<String, INDArray> expected = net.feedForward(new INDArray[]{example}, false);
        INDArray output = net.outputSingle(false, example);

        assertThat(seen.layers()).extracting(LayerActivations::nodeId)
                .containsExactly("pixels", "conv1", "pool1", "conv2", "pool2", "dense", "shape");
        assertThat(seen.layers()).extracting(LayerActivations::kind).containsExactly(LayerKind.FEATURE_MAPS,
                LayerKind.FEATURE_MAPS, LayerKind.FEATURE_MAPS, LayerKind.FEATURE_MAPS, LayerKind.FEATURE_MAPS,
                LayerKind.UNITS, LayerKind.OUTPUT);
        for (LayerActivations layer : seen.layers().subList(0, 5)) {
            INDArray values = expected.getOrDefault(layer.nodeId(), example);
            assertThat(layer.channels()).isEqualTo(values.size(1));
            assertThat(layer.maps()).hasSize((int) values.size(1));
            for (FeatureMap map : layer.maps()) {
                assertThat(map.height()).isEqualTo(values.size(2));
                for (int y = 0; y < map.height(); y++) {
                    for (int x = 0; x < map.width(); x++) {
                        assertThat((double) map.value(y, x)).as("%s channel %d (%d,%d)", layer.nodeId(),
                                map.channel(), y, x).isCloseTo(values.getDouble(0, map.channel(), y, x), within(1e-6));
                    }
                }
            }
            assertThat(layer.low()).isCloseTo(values.minNumber().doubleValue(), within(1e-6));
            assertThat(layer.high()).isCloseTo(values.maxNumber().doubleValue(), within(1e-6));
        }
        assertThat(seen.layers().get(1).shape()).containsExactly(4L, 32L, 32L);
        assertThat(seen.layers().get(4).shape()).containsExactly(6L, 8L, 8L);
        assertCloseTo(seen.layers().get(5).units(), expected.get("dense").toDoubleVector());
        assertCloseTo(seen.layers().get(6).units(), output.toDoubleVector());

        assertThat(seen.classNames()).isEqualTo(shapes.classNames());
        assertThat(seen.label()).isEqualTo(shapes.classNames().get(shapes.test().getLabels().getRow(index).argMax()
                .getInt(0)));
        assertThat(seen.predicted()).isEqualTo(shapes.classNames().get(output.argMax(1).getInt(0)));
        assertThat(seen.exampleCount()).isEqualTo(shapes.test().numExamples());

        LearnedFilters filters = inside.firstFilters(run.id()).orElseThrow();
        INDArray weights = net.getLayer("conv1").getParam("W");
        assertThat(filters.nodeId()).isEqualTo("conv1");
        assertThat(filters.isColour()).isTrue();
        assertThat(List.of(filters.filterCount(), filters.channels(), filters.height(), filters.width()))
                .containsExactly((int) weights.size(0), 3, (int) weights.size(2), (int) weights.size(3));
        assertThat(filters.weights()).hasSize(4);
        for (int f = 0; f < 4; f++) {
            for (int c = 0; c < 3; c++) {
                for (int y = 0; y < filters.height(); y++) {
                    for (int x = 0; x < filters.width(); x++) {
                        assertThat((double) filters.weight(f, c, y, x)).as("filter %d channel %d (%d,%d)", f, c, y, x)
                                .isCloseTo(weights.getDouble(f, c, y, x), within(1e-6));
                    }
                }
            }
        }
        assertThat(filters.low()).isCloseTo(weights.minNumber().doubleValue(), within(1e-6));
        assertThat(filters.high()).isCloseTo(weights.maxNumber().doubleValue(), within(1e-6));

        SaliencyMap saliency = inside.saliency(run.id(), index, 2);
        assertThat(saliency.unitName()).isEqualTo(shapes.classNames().get(2));
        assertThat(saliency.shape()).containsExactly(3L, 32L, 32L);
        FeatureMap strength = saliency.pixelStrength();
        float strongestColour = Math.max(Math.abs(saliency.gradient()[5 * 32 + 9]), Math.max(
                Math.abs(saliency.gradient()[1024 + 5 * 32 + 9]), Math.abs(saliency.gradient()[2048 + 5 * 32 + 9])));
        assertThat(strength.value(5, 9)).isEqualTo(strongestColour);
        assertThat(saliency.largest()).isPositive();
    }

    @Test
    void anLstmsHiddenStateOverTimeIsDl4jsOwnStateAfterEachWord() throws Exception {
        GraphDocument lstm = templates.find("sentiment-lstm").orElseThrow().document()
                .withParam("embed", "units", 8).withParam("lstm", "units", 6);
        RunSummary run = launcher.start(new RunLauncher.StartRequest(null, null, lstm, SentimentDataset.ID,
                RunOptions.none().withEpochs(1)));
        assertThat(helper.awaitTerminal(run.id(), Duration.ofMinutes(5)).status()).isEqualTo(RunState.SUCCEEDED);
        int index = 2;

        InsideExample seen = inside.look(run.id(), index);

        INDArray words = datasets.get(SentimentDataset.ID).test().getFeatures().slice(index).reshape(1, 1, 16).dup();
        ComputationGraph net = ModelSerializer.restoreComputationGraph(queries.modelFile(run.id()).toFile(), false);
        Map<String, INDArray> expected = net.feedForward(new INDArray[]{words}, false);
        assertThat(seen.layers()).extracting(LayerActivations::nodeId)
                .containsExactly("words", "embed", "lstm", "sentiment");
        assertThat(seen.words()).hasSize(16).isEqualTo(datasets.get(SentimentDataset.ID).descriptor().input()
                .vocabulary().decode(words.ravel().toIntVector()));
        assertThat(seen.layers()).extracting(LayerActivations::kind).containsExactly(LayerKind.OVER_TIME,
                LayerKind.OVER_TIME, LayerKind.OVER_TIME, LayerKind.OUTPUT);
        LayerActivations embed = seen.layers().get(1);
        assertThat(embed.shape()).containsExactly(8L, 16L);
        for (int u = 0; u < 8; u++) {
            for (int t = 0; t < 16; t++) {
                assertThat((double) embed.maps().get(0).value(u, t)).as("embed unit %d step %d", u, t)
                        .isCloseTo(expected.get("embed").getDouble(0, u, t), within(1e-6));
            }
        }
        LayerActivations hidden = seen.layers().get(2);
        assertThat(hidden.shape()).containsExactly(6L, 16L);
        assertThat(hidden.channels()).isEqualTo(6);
        assertThat(hidden.note()).isEqualTo("The layer passes on only its last time step, the right-most column.");
        // An LSTM reads forwards: its state after word t is what DL4J's own many-to-one layer gives for the review
        // cut after word t.
        for (int t = 0; t < 16; t++) {
            INDArray prefix = words.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.interval(0, t + 1)).dup();
            INDArray state = net.feedForward(new INDArray[]{prefix}, false).get("lstm");
            for (int u = 0; u < 6; u++) {
                assertThat((double) hidden.maps().get(0).value(u, t)).as("lstm unit %d step %d", u, t)
                        .isCloseTo(state.getDouble(0, u), within(1e-6));
            }
        }
        RecurrentGates gates = seen.gatesOf("lstm").orElseThrow();
        assertThat(gates.units()).isEqualTo(6);
        assertThat(gates.steps()).as("every step, though the layer passes on only the last").isEqualTo(16);
        assertCloseTo(seen.layers().get(3).units(), net.outputSingle(false, words).toDoubleVector());

        // The same review typed by the user is read as the dataset reads it, and seen the same way.
        String review = datasets.get(SentimentDataset.ID).part(DatasetPart.TEST).orElseThrow().texts().get(index);
        assertThat(inside.acceptsSentences(run.id())).isTrue();
        InsideExample typed = inside.lookAtSentence(run.id(), review);
        assertThat(typed.index()).isEqualTo(InsideService.OWN_INPUT);
        assertThat(typed.label()).isNull();
        assertThat(typed.words()).isEqualTo(seen.words());
        assertThat(typed.text()).startsWith("Read as: ");
        assertCloseTo(typed.layers().get(3).units(), net.outputSingle(false, words).toDoubleVector());
        assertThatThrownBy(() -> inside.lookAtSentence(run.id(), " ?! ")).isInstanceOf(InsideRejectedException.class)
                .hasMessage("Type a sentence: the text has no words (letters or digits) for the model to read.");
        assertThatThrownBy(() -> inside.lookAtSentence(run.id(), "zzqx qqxv")).isInstanceOf(
                InsideRejectedException.class).hasMessageStartingWith("None of the words you typed is among");
        assertThatThrownBy(() -> inside.saliency(run.id(), index, 0)).isInstanceOf(InsideRejectedException.class)
                .hasMessage("The input of run #" + run.id() + " is words given by their numbers in the vocabulary: "
                        + "a word's number cannot be nudged, so it has no gradient to show.");
    }

    @Test
    void aTrainedSentimentLstmsWordSaliencyMatchesFiniteDifferencesAtEachWordVector() throws Exception {
        GraphDocument lstm = templates.find("sentiment-lstm").orElseThrow().document()
                .withParam("embed", "units", 8).withParam("lstm", "units", 6);
        RunSummary run = launcher.start(new RunLauncher.StartRequest(null, null, lstm, SentimentDataset.ID,
                RunOptions.none().withEpochs(2)));
        assertThat(helper.awaitTerminal(run.id(), Duration.ofMinutes(5)).status()).isEqualTo(RunState.SUCCEEDED);
        int index = 4;
        InsideExample seen = inside.look(run.id(), index);
        int predicted = seen.classNames().indexOf(seen.predicted());

        WordSaliency saliency = inside.wordSaliency(run.id(), index, predicted, false);

        assertThat(saliency.unitName()).isEqualTo(seen.predicted());
        assertThat(saliency.embeddingNode()).isEqualTo("embed");
        assertThat(saliency.words().stream().filter(w -> w.step() >= 0).map(WordInfluence::readAs).toList())
                .as("a value per step, in the model's order").isEqualTo(seen.words());
        assertThat(saliency.words()).filteredOn(w -> w.role() == WordRole.PADDING)
                .allMatch(w -> w.influence() == null && w.readAs().equals("<pad>"));
        String review = datasets.get(SentimentDataset.ID).part(DatasetPart.TEST).orElseThrow().texts().get(index);
        assertThat(saliency.words()).filteredOn(WordInfluence::isRead).extracting(WordInfluence::word)
                .as("the review's own words").isEqualTo(dev.deepcanvas.backend.dataset.parsing.TextEncoder
                        .words(review).stream().skip(Math.max(0, dev.deepcanvas.backend.dataset.parsing.TextEncoder
                                .words(review).size() - 16)).toList());
        ComputationGraph net = ModelSerializer.restoreComputationGraph(queries.modelFile(run.id()).toFile(), false)
                .convertDataType(DataType.DOUBLE);
        INDArray words = datasets.get(SentimentDataset.ID).test().getFeatures().slice(index).reshape(1, 1, 16)
                .castTo(DataType.DOUBLE).dup();
        assertMatchesFiniteDifferencesPerWord(net, words, predicted, saliency);
        WordSaliency scores = inside.wordSaliency(run.id(), index, predicted, true);
        assertThat(scores.score()).isTrue();
        assertThat(scores.largest()).as("a score still moves where a probability may not").isPositive();

        // The same review typed in is the same saliency; a word never learned is shown as typed, read as <unk>.
        WordSaliency typed = inside.wordSaliencyOfSentence(run.id(), review, predicted, false);
        assertThat(typed.words()).isEqualTo(saliency.words());
        WordSaliency own = inside.wordSaliencyOfSentence(run.id(), "the zzqx story was good", predicted, false);
        assertThat(own.words()).extracting(WordInfluence::role).containsExactlyElementsOf(
                java.util.stream.Stream.concat(java.util.Collections.nCopies(11, WordRole.PADDING).stream(),
                        java.util.Collections.nCopies(5, WordRole.READ).stream()).toList());
        assertThat(own.words().get(12)).extracting(WordInfluence::word, WordInfluence::readAs)
                .containsExactly("zzqx", "<unk>");
        // A sentence longer than the model reads: its first words are cut, shown, and given no value.
        String longOne = "one two three four the story was good and the film was fine and truly not bad at all";
        WordSaliency cut = inside.wordSaliencyOfSentence(run.id(), longOne, predicted, false);
        assertThat(cut.words()).hasSize(19);
        assertThat(cut.words().subList(0, 3)).extracting(WordInfluence::word, WordInfluence::role,
                WordInfluence::step).containsExactly(org.assertj.core.groups.Tuple.tuple("one", WordRole.CUT, -1),
                org.assertj.core.groups.Tuple.tuple("two", WordRole.CUT, -1),
                org.assertj.core.groups.Tuple.tuple("three", WordRole.CUT, -1));
        assertThat(cut.words().subList(3, 19)).allMatch(WordInfluence::isRead);
        assertThatThrownBy(() -> inside.wordSaliency(run.id(), index, 2, false))
                .isInstanceOf(InsideRejectedException.class)
                .hasMessage("The output has units 0 to 1; there is no unit 2.");
        // the cached model still predicts as before
        assertCloseTo(inside.look(run.id(), index).layers().get(3).units(),
                seen.layers().get(3).units().stream().mapToDouble(Double::doubleValue).toArray());
    }

    /**
     * Central differences of the trained model's own probability in doubles, nudging each word's vector through
     * the embedding's weights: each coordinate for the gradient's length, the whole vector scaled for gradient ×
     * embedding. Only words that occur once: nudging a repeated word's row nudges every step it is at.
     */
    private static void assertMatchesFiniteDifferencesPerWord(ComputationGraph net, INDArray words, int unit,
                                                              WordSaliency saliency) {
        double step = 1e-6;
        INDArray weights = net.getLayer("embed").getParam("W");
        long[] ids = words.ravel().toLongVector();
        int checked = 0;
        for (WordInfluence word : saliency.words()) {
            if (!word.isRead() || java.util.Arrays.stream(ids).filter(id -> id == ids[word.step()]).count() > 1) {
                continue;
            }
            INDArray row = weights.getRow(ids[word.step()]);
            INDArray original = row.dup();
            row.assign(original.mul(1 + step));
            double up = net.outputSingle(false, words).getDouble(0, unit);
            row.assign(original.mul(1 - step));
            double down = net.outputSingle(false, words).getDouble(0, unit);
            row.assign(original);
            double expected = (up - down) / (2 * step);
            assertThat(word.influence()).as("gradient × embedding of %s", word.word())
                    .isCloseTo(expected, within(1e-4 + 1e-3 * Math.abs(expected)));
            double squares = 0;
            for (int k = 0; k < row.length(); k++) {
                double value = row.getDouble(k);
                row.putScalar(k, value + step);
                double plus = net.outputSingle(false, words).getDouble(0, unit);
                row.putScalar(k, value - step);
                double minus = net.outputSingle(false, words).getDouble(0, unit);
                row.putScalar(k, value);
                squares += Math.pow((plus - minus) / (2 * step), 2);
            }
            assertThat(word.gradientNorm()).as("gradient length at %s", word.word())
                    .isCloseTo(Math.sqrt(squares), within(1e-4 + 1e-3 * Math.sqrt(squares)));
            checked++;
        }
        assertThat(checked).as("words checked").isGreaterThanOrEqualTo(3);
    }

    @Test
    void aTrainedGrusGatesRecomputeToItsOwnHiddenState() throws Exception {
        GraphDocument gru = templates.find("sentiment-bidirectional-gru").orElseThrow().document()
                .withParam("embed", "units", 8).withParam("gru", "units", 6).withParam("both", "units", 4);
        RunSummary run = launcher.start(new RunLauncher.StartRequest(null, null, gru, SentimentDataset.ID,
                RunOptions.none().withEpochs(2)));
        assertThat(helper.awaitTerminal(run.id(), Duration.ofMinutes(5)).status()).isEqualTo(RunState.SUCCEEDED);
        int index = 5;

        InsideExample seen = inside.look(run.id(), index);

        INDArray words = datasets.get(SentimentDataset.ID).test().getFeatures().slice(index).reshape(1, 1, 16).dup();
        ComputationGraph net = ModelSerializer.restoreComputationGraph(queries.modelFile(run.id()).toFile(), false);
        Map<String, INDArray> expected = net.feedForward(new INDArray[]{words}, false);
        INDArray hidden = expected.get("gru");
        LayerActivations layer = seen.layers().stream().filter(l -> l.nodeId().equals("gru")).findFirst()
                .orElseThrow();
        assertThat(layer.note()).as("no refusal").isNull();
        RecurrentGates gates = seen.gatesOf("gru").orElseThrow();
        assertThat(gates.cell()).isEqualTo("GRU");
        assertThat(gates.gates()).extracting(GateMap::name)
                .containsExactly("update gate", "reset gate", "candidate state");
        assertThat(List.of(gates.units(), gates.steps())).containsExactly(6, 16);
        // The maps are the gates of the trained parameters, and through them the trained layer's own output.
        org.deeplearning4j.nn.api.Layer trained = net.getLayer("gru");
        GruMath.Unrolled unrolled = GruMath.unroll(expected.get("embed").slice(0), trained.getParam("W"),
                trained.getParam("U"), trained.getParam("b"));
        RecomputedAttentionTest.assertSameOutput(unrolled.hidden(), hidden);
        RecomputedGruTest.assertGatesAreShares(unrolled);
        for (int g = 0; g < 3; g++) {
            INDArray values = List.of(unrolled.updateGate(), unrolled.resetGate(), unrolled.candidate()).get(g);
            for (int u = 0; u < 6; u++) {
                for (int t = 0; t < 16; t++) {
                    float shown = gates.gates().get(g).map().value(u, t);
                    assertThat((double) shown).as("%s unit %d step %d", gates.gates().get(g).name(), u, t)
                            .isCloseTo(values.getDouble(u, t), within(1e-6));
                    if (g < 2) {
                        assertThat(shown).isStrictlyBetween(0f, 1f);
                    }
                }
            }
        }
        assertThat(seen.gatesOf("both")).as("the bidirectional LSTM's gates too").isPresent();
        // the word saliency passes back through the bidirectional LSTM and the GRU to the word vectors
        WordSaliency saliency = inside.wordSaliency(run.id(), index, 1, false);
        assertMatchesFiniteDifferencesPerWord(net.convertDataType(DataType.DOUBLE),
                words.castTo(DataType.DOUBLE).dup(), 1, saliency);
    }

    @Test
    void anMlpShowsItsUnitsAndTheSameProbabilitiesAsThePlayground() throws Exception {
        RunSummary run = helper.startIris(RunOptions.none().withEpochs(5));
        helper.awaitTerminal(run.id());
        assertThat(inside.firstFilters(run.id())).as("an MLP has no convolution").isEmpty();

        InsideExample seen = inside.look(run.id(), 3);

        assertThat(seen.layers()).extracting(LayerActivations::kind)
                .containsExactly(LayerKind.UNITS, LayerKind.UNITS, LayerKind.OUTPUT);
        assertThat(seen.layers().get(0).units()).hasSize(4);
        assertThat(seen.layers().get(1).unitCount()).isEqualTo(16);
        assertCloseTo(seen.layers().get(2).units(), inference.predictHeldOut(run.id(), 3).values().stream()
                .mapToDouble(Double::doubleValue).toArray());
        assertThat(seen.predicted()).isEqualTo(inference.predictHeldOut(run.id(), 3).predictedClass());
        assertThat(seen.classNames()).containsExactly("setosa", "versicolor", "virginica");

        SaliencyMap saliency = inside.saliency(run.id(), 3, 1);
        assertThat(saliency.unitName()).isEqualTo("versicolor");
        assertThat(saliency.shape()).containsExactly(4L);
        assertThat(saliency.isPicture()).isFalse();
        // central differences of the trained model's own probability, in doubles
        ComputationGraph net = ModelSerializer.restoreComputationGraph(queries.modelFile(run.id()).toFile(), false)
                .convertDataType(DataType.DOUBLE);
        INDArray example = datasets.get(IrisDataset.ID).test().getFeatures().getRow(3, true).castTo(DataType.DOUBLE)
                .dup();
        double step = 1e-6;
        for (int feature = 0; feature < 4; feature++) {
            double original = example.getDouble(0, feature);
            example.putScalar(0, feature, original + step);
            double up = net.outputSingle(false, example).getDouble(0, 1);
            example.putScalar(0, feature, original - step);
            double down = net.outputSingle(false, example).getDouble(0, 1);
            example.putScalar(0, feature, original);
            double expected = (up - down) / (2 * step);
            assertThat((double) saliency.gradient()[feature]).as("feature %d", feature)
                    .isCloseTo(expected, within(1e-4 + 1e-3 * Math.abs(expected)));
        }
        assertThatThrownBy(() -> inside.saliency(run.id(), 3, 3)).isInstanceOf(InsideRejectedException.class)
                .hasMessage("The output has units 0 to 2; there is no unit 3.");
        // the cached model still predicts as before
        assertCloseTo(seen.layers().get(2).units(), inference.predictHeldOut(run.id(), 3).values().stream()
                .mapToDouble(Double::doubleValue).toArray());

        assertThatThrownBy(() -> inside.look(run.id(), 30)).isInstanceOf(InsideRejectedException.class)
                .hasMessage("Held-out example 30 does not exist: choose 0 to 29.");
        assertThatThrownBy(() -> inside.look(run.id(), -1)).isInstanceOf(InsideRejectedException.class)
                .hasMessage("Held-out example -1 does not exist: choose 0 to 29.");

        // Another user's run answers exactly like a run that does not exist.
        SignedIn.as(SignedIn.newAccount(accounts, "inside-stranger"));
        assertThatThrownBy(() -> inside.look(run.id(), 0)).isInstanceOf(InsideRejectedException.class)
                .hasMessage("There is no run #" + run.id() + ".");
        assertThatThrownBy(() -> inside.look(Long.MAX_VALUE, 0)).isInstanceOf(InsideRejectedException.class)
                .hasMessage("There is no run #" + Long.MAX_VALUE + ".");
    }

    @Test
    void aPictureOfTheUsersOwnIsShownAsAHeldOutOneWouldBe() throws Exception {
        GraphDocument cnn = templates.find("shapes-cnn").orElseThrow().document()
                .withParam("conv1", "filters", 4).withParam("conv2", "filters", 6).withParam("dense", "units", 12);
        RunSummary run = launcher.start(new RunLauncher.StartRequest(null, null, cnn, ShapesDataset.ID,
                RunOptions.none().withEpochs(1)));
        assertThat(helper.awaitTerminal(run.id(), Duration.ofMinutes(5)).status()).isEqualTo(RunState.SUCCEEDED);
        // The same pixels as held-out example 5, handed in as if drawn or uploaded.
        INDArray picture = datasets.get(ShapesDataset.ID).test().getFeatures().slice(5).reshape(1, 3, 32, 32).dup();

        InsideExample own = inside.lookAtPicture(run.id(), picture);
        InsideExample heldOut = inside.look(run.id(), 5);

        assertThat(own.index()).isEqualTo(InsideService.OWN_INPUT);
        assertThat(own.label()).as("a picture of one's own has no true answer").isNull();
        assertThat(own.predicted()).isEqualTo(heldOut.predicted());
        assertThat(own.layers()).hasSameSizeAs(heldOut.layers());
        for (int i = 0; i < own.layers().size(); i++) {
            assertThat(own.layers().get(i).units()).isEqualTo(heldOut.layers().get(i).units());
            List<FeatureMap> ownMaps = own.layers().get(i).maps();
            assertThat(ownMaps).hasSameSizeAs(heldOut.layers().get(i).maps());
            for (int m = 0; m < ownMaps.size(); m++) {
                assertThat(ownMaps.get(m).values()).containsExactly(heldOut.layers().get(i).maps().get(m).values());
            }
        }
        SaliencyMap ownSaliency = inside.saliencyOfPicture(run.id(), picture, 2, false);
        assertThat(ownSaliency.gradient()).isEqualTo(inside.saliency(run.id(), 5, 2, false).gradient());

        assertThatThrownBy(() -> inside.lookAtPicture(run.id(), picture.reshape(1, 3, 16, 64)))
                .isInstanceOf(InsideRejectedException.class)
                .hasMessage("The picture is [3, 16, 64], but the model of run #" + run.id() + " reads [3, 32, 32] "
                        + "(channels, height, width).");
        RunSummary iris = helper.startIris(RunOptions.none().withEpochs(1));
        helper.awaitTerminal(iris.id());
        assertThatThrownBy(() -> inside.lookAtPicture(iris.id(), picture)).isInstanceOf(InsideRejectedException.class)
                .hasMessage("Run #" + iris.id() + " does not read one picture and answer with a class or numbers, so "
                        + "a picture of your own cannot be shown to it: choose a held-out example.");
    }

    @Test
    void aLayerBeforeAnActivationNodeIsShownBeforeTheActivation() throws Exception {
        // DL4J's activation layer works in place in inference, so feedForward reports the dense layer already
        // through the ReLU that follows it: no negative value. The Inside view shows what the dense layer made.
        GraphDocument iris = templates.find("iris-mlp").orElseThrow().document().withParam("dense1", "activation",
                "identity");
        List<GraphEdge> edges = new ArrayList<>(iris.edges().stream()
                .filter(e -> !(e.source().equals("dense1") && e.target().equals("output"))).toList());
        edges.add(GraphEdge.of("e-relu-in", "dense1", "relu"));
        edges.add(GraphEdge.of("e-relu-out", "relu", "output"));
        List<GraphNode> nodes = new ArrayList<>(iris.nodes());
        nodes.add(GraphNode.of("relu", "Activation", Map.of("activation", "relu")));
        GraphDocument split = iris.withNodes(nodes).withEdges(edges);
        RunSummary run = launcher.start(new RunLauncher.StartRequest(null, null, split, IrisDataset.ID,
                RunOptions.none().withEpochs(3)));
        assertThat(helper.awaitTerminal(run.id(), Duration.ofMinutes(5)).status()).isEqualTo(RunState.SUCCEEDED);

        InsideExample seen = inside.look(run.id(), 3);

        ComputationGraph net = ModelSerializer.restoreComputationGraph(queries.modelFile(run.id()).toFile(), false);
        INDArray example = datasets.get(IrisDataset.ID).test().getFeatures().getRow(3, true).dup()
                .castTo(net.params().dataType());
        INDArray dense = example.mmul(net.getLayer("dense1").getParam("W")).addRowVector(
                net.getLayer("dense1").getParam("b"));
        LayerActivations shown = seen.layers().stream().filter(l -> l.nodeId().equals("dense1")).findFirst()
                .orElseThrow();
        assertCloseTo(shown.units(), dense.toDoubleVector());
        assertThat(shown.low()).as("an identity layer's values before the ReLU").isNegative();
        LayerActivations relu = seen.layers().stream().filter(l -> l.nodeId().equals("relu")).findFirst()
                .orElseThrow();
        assertCloseTo(relu.units(), Transforms.relu(dense, true).toDoubleVector());
    }

    @Test
    void runsWithoutAModelToLookIntoAreRefusedInOneLine() {
        AccountPrincipal owner = SignedIn.newAccount(accounts, "inside-owner");
        SignedIn.as(owner);
        long failed = storedRun(owner, "CLASSIFICATION", RunStatus.FAILED);
        long gan = storedRun(owner, "GAN", RunStatus.SUCCEEDED);

        assertThatThrownBy(() -> inside.look(failed, 0)).isInstanceOf(InsideRejectedException.class)
                .hasMessage("Run #" + failed + " is failed: only a succeeded run has a trained model to look inside.");
        assertThatThrownBy(() -> inside.look(gan, 0)).isInstanceOf(InsideRejectedException.class)
                .hasMessage("Run #" + gan + " is a GAN, whose model draws pictures rather than judging an input: "
                        + "its sample grids show what it learned.");
        assertThatThrownBy(() -> inside.exampleCount(gan)).isInstanceOf(InsideRejectedException.class);
    }

    private long storedRun(AccountPrincipal owner, String task, RunStatus status) {
        RunEntity entity = new RunEntity(null, null, "Stored", "{}", "iris", "{}", 1, 2, Instant.now(), task);
        entity.assignOwner(owner.id());
        entity.finish(status, status == RunStatus.FAILED ? "diverged" : null, 0.5, Instant.now());
        return runRepository.save(entity).getId();
    }

    /**
     * Each value as DL4J computes it, up to float rounding: the Inside view's network adds a dense layer's products
     * in another order than DL4J's plain one (FastDense), which moves a value such as 3.14 by a few units in the last
     * place of a float (each 2.4e-7 there), so the tolerance is 1e-6 of the value's size, and 1e-6 below 1.
     */
    private static void assertCloseTo(List<Double> actual, double[] expected) {
        assertThat(actual).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual.get(i)).as("value %d", i).isCloseTo(expected[i],
                    within(1e-6 * Math.max(1.0, Math.abs(expected[i]))));
        }
    }
}
