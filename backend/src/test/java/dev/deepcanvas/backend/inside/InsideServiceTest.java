package dev.deepcanvas.backend.inside;

import dev.deepcanvas.backend.ServiceTest;
import dev.deepcanvas.backend.account.AccountPrincipal;
import dev.deepcanvas.backend.account.AccountService;
import dev.deepcanvas.backend.account.SignedIn;
import dev.deepcanvas.backend.dataset.DatasetService;
import dev.deepcanvas.backend.dataset.PreparedDataset;
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
import dev.deepcanvas.templates.TemplateCatalog;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.time.Instant;
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
    }

    @Test
    void anMlpShowsItsUnitsAndTheSameProbabilitiesAsThePlayground() throws Exception {
        RunSummary run = helper.startIris(RunOptions.none().withEpochs(5));
        helper.awaitTerminal(run.id());

        InsideExample seen = inside.look(run.id(), 3);

        assertThat(seen.layers()).extracting(LayerActivations::kind)
                .containsExactly(LayerKind.UNITS, LayerKind.UNITS, LayerKind.OUTPUT);
        assertThat(seen.layers().get(0).units()).hasSize(4);
        assertThat(seen.layers().get(1).unitCount()).isEqualTo(16);
        assertCloseTo(seen.layers().get(2).units(), inference.predictHeldOut(run.id(), 3).values().stream()
                .mapToDouble(Double::doubleValue).toArray());
        assertThat(seen.predicted()).isEqualTo(inference.predictHeldOut(run.id(), 3).predictedClass());
        assertThat(seen.classNames()).containsExactly("setosa", "versicolor", "virginica");

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
    void runsWithoutAModelToLookIntoAreRefusedInOneLine() {
        AccountPrincipal owner = SignedIn.newAccount(accounts, "inside-owner");
        SignedIn.as(owner);
        long failed = storedRun(owner, "CLASSIFICATION", RunStatus.FAILED);
        long gan = storedRun(owner, "GAN", RunStatus.SUCCEEDED);
        long sequence = storedRun(owner, "SEQUENCE", RunStatus.SUCCEEDED);

        assertThatThrownBy(() -> inside.look(failed, 0)).isInstanceOf(InsideRejectedException.class)
                .hasMessage("Run #" + failed + " is failed: only a succeeded run has a trained model to look inside.");
        assertThatThrownBy(() -> inside.look(gan, 0)).isInstanceOf(InsideRejectedException.class)
                .hasMessage("Run #" + gan + " is a GAN, whose model draws pictures rather than judging an input: "
                        + "its sample grids show what it learned.");
        assertThatThrownBy(() -> inside.look(sequence, 0)).isInstanceOf(InsideRejectedException.class)
                .hasMessage("Run #" + sequence + " writes sequences; the Inside view looks into classifiers and "
                        + "regressors for now.");
        assertThatThrownBy(() -> inside.exampleCount(gan)).isInstanceOf(InsideRejectedException.class);
    }

    private long storedRun(AccountPrincipal owner, String task, RunStatus status) {
        RunEntity entity = new RunEntity(null, null, "Stored", "{}", "iris", "{}", 1, 2, Instant.now(), task);
        entity.assignOwner(owner.id());
        entity.finish(status, status == RunStatus.FAILED ? "diverged" : null, 0.5, Instant.now());
        return runRepository.save(entity).getId();
    }

    private static void assertCloseTo(List<Double> actual, double[] expected) {
        assertThat(actual).hasSize(expected.length);
        for (int i = 0; i < expected.length; i++) {
            assertThat(actual.get(i)).as("value %d", i).isCloseTo(expected[i], within(1e-6));
        }
    }
}
