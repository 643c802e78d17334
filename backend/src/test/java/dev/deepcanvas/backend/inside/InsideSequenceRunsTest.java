package dev.deepcanvas.backend.inside;

import dev.deepcanvas.backend.ServiceTest;
import dev.deepcanvas.backend.dataset.DatasetPart;
import dev.deepcanvas.backend.dataset.DatasetService;
import dev.deepcanvas.backend.dataset.DatasetSplit;
import dev.deepcanvas.backend.dataset.builtin.ShapeCaptionsDataset;
import dev.deepcanvas.backend.dataset.builtin.TranslationDataset;
import dev.deepcanvas.backend.results.RunResultsService;
import dev.deepcanvas.backend.results.SequenceSample;
import dev.deepcanvas.backend.training.RunLauncher;
import dev.deepcanvas.backend.training.RunOptions;
import dev.deepcanvas.backend.training.RunQueries;
import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.backend.training.Runs;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.templates.TemplateCatalog;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.springframework.beans.factory.annotation.Autowired;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** One-epoch runs of the templates that write sequences, looked into: tokens per step, attention, gates. */
class InsideSequenceRunsTest extends ServiceTest {

    @Autowired
    InsideService inside;
    @Autowired
    RunLauncher launcher;
    @Autowired
    RunQueries queries;
    @Autowired
    RunResultsService results;
    @Autowired
    DatasetService datasets;
    @Autowired
    TemplateCatalog templates;

    @Test
    void aTranslationRunShowsTheDigitWrittenAtEveryStepAndWhereItLookedInTheSource() throws Exception {
        RunSummary run = train(shrunk("translation-attention", "encoder", "decoder", "attention"),
                TranslationDataset.ID, 128);
        int index = 5;

        InsideExample seen = inside.look(run.id(), index);

        DatasetSplit test = datasets.get(TranslationDataset.ID).part(DatasetPart.TEST).orElseThrow();
        INDArray words = test.features().get(0).slice(index).reshape(1, 1, 8).dup();
        ComputationGraph net = ModelSerializer.restoreComputationGraph(queries.modelFile(run.id()).toFile(), false);
        INDArray output = net.outputSingle(false, words);
        List<String> sourceWords = TranslationDataset.SOURCE.decode(words.ravel().toIntVector());

        assertThat(seen.layers()).extracting(LayerActivations::nodeId)
                .containsExactly("words", "embed", "encoder", "decoder", "attention", "join", "digits");
        assertThat(seen.text()).isEqualTo(test.texts().get(index));
        assertThat(seen.words()).isEqualTo(sourceWords);
        SequenceOutput written = seen.sequence();
        assertThat(written.nodeId()).isEqualTo("digits");
        assertThat(written.stepCount()).isEqualTo(8);
        assertThat(written.steps()).hasSize(8);
        for (StepPrediction step : written.steps()) {
            INDArray column = output.get(NDArrayIndex.point(0), NDArrayIndex.all(), NDArrayIndex.point(step.step()));
            int best = column.argMax().getInt(0);
            assertThat(step.token()).isEqualTo(TranslationDataset.TARGET.token(best));
            assertThat(step.probability()).isCloseTo(column.getDouble(best), within(1e-6));
            assertThat(step.top()).hasSize(3);
            assertThat(step.top().get(1).probability()).isLessThanOrEqualTo(step.probability());
            int truth = test.labels().get(0).get(NDArrayIndex.point(index), NDArrayIndex.all(),
                    NDArrayIndex.point(step.step())).argMax().getInt(0);
            assertThat(step.truth()).isEqualTo(TranslationDataset.TARGET.token(truth));
        }
        assertThat(seen.label()).isEqualTo(test.texts().get(index).split(" → ")[1]);
        assertThat(seen.predicted()).isEqualTo(SequenceReading.text(written.tokens(), " "));
        assertThat(seen.classNames()).isEmpty();

        List<AttentionMap> attention = seen.attentionOf("attention");
        assertThat(attention).hasSize(1);
        AttentionMap map = attention.get(0);
        assertThat(map.sourceTokens()).isEqualTo(sourceWords);
        assertThat(map.outputTokens()).isEqualTo(written.tokens());
        for (int out = 0; out < 8; out++) {
            double sum = 0;
            for (int source = 0; source < 8; source++) {
                sum += map.weight(out, source);
            }
            assertThat(sum).as("output step %d", out).isCloseTo(1.0, within(1e-5));
        }
        assertThat(seen.gatesOf("decoder")).as("the decoder is an LSTM").isPresent();
        assertThat(seen.gatesOf("encoder").orElseThrow().gates()).as("both directions of the encoder").hasSize(8);
        assertThat(seen.layers()).allSatisfy(l -> assertThat(l.note() == null ? "" : l.note()).as(l.nodeId())
                .doesNotContain("not shown"));
    }

    @Test
    void aCaptioningRunFeedsBothInputsAndShowsTheCaptionItWritesOnItsOwn() throws Exception {
        RunSummary run = train(shrunk("image-captioning", "decoder"), ShapeCaptionsDataset.ID, 64);
        int index = 2;

        InsideExample seen = inside.look(run.id(), index);

        assertThat(seen.layers()).extracting(LayerActivations::nodeId).contains("pixels", "conv1", "previous",
                "embed", "decoder", "caption");
        assertThat(seen.layers().stream().filter(l -> l.nodeId().equals("pixels")).findFirst().orElseThrow().kind())
                .isEqualTo(LayerKind.FEATURE_MAPS);
        SequenceOutput written = seen.sequence();
        assertThat(written.decoding()).contains("its own previous word");
        assertThat(written.steps()).hasSize(3);
        // the caption the run's own scoring wrote for this held-out picture, by the same greedy decoding
        SequenceSample scored = results.find(run.id()).orElseThrow().sequence().samples().get(index);
        assertThat(seen.predicted()).isEqualTo(scored.generated());
        assertThat(seen.label()).isEqualTo(scored.reference());
        assertThat(seen.words()).as("the previous words the decoder gave itself")
                .containsExactly("<start>", written.tokens().get(0), written.tokens().get(1));
        assertThat(seen.gatesOf("decoder")).isPresent();
        // its attention looks over the 8 × 8 regions of the second pooling's output, once per word it writes
        AttentionMap map = seen.attentionOf("attention").get(0);
        assertThat(map.outputTokens()).isEqualTo(written.tokens());
        assertThat(map.sourceTokens()).hasSize(64).startsWith("(1, 1)", "(1, 2)")
                .endsWith("(8, 8)");
        for (int row = 0; row < 3; row++) {
            double sum = 0;
            for (int region = 0; region < 64; region++) {
                sum += map.weight(row, region);
            }
            assertThat(sum).as("row %d's shares", row).isCloseTo(1.0, within(1e-5));
        }
        PictureRegions regions = map.regions();
        assertThat(List.of(regions.rows(), regions.columns())).containsExactly(8, 8);
        assertThat(regions.pictures()).hasSize(3);
        BufferedImage lit = ImageIO.read(new ByteArrayInputStream(regions.pictures().get(0)));
        assertThat(List.of(lit.getWidth(), lit.getHeight())).as("the 32-pixel picture drawn 4 times as large")
                .containsExactly(128, 128);
    }

    private RunSummary train(GraphDocument graph, String datasetId, int batchSize) throws Exception {
        RunSummary run = launcher.start(new RunLauncher.StartRequest(null, null, graph, datasetId,
                RunOptions.none().withEpochs(1).withBatchSize(batchSize)));
        RunSummary done = new Runs(launcher, queries, templates).awaitTerminal(run.id(), Duration.ofMinutes(10));
        assertThat(done.status()).as(done.message()).isEqualTo(RunState.SUCCEEDED);
        return done;
    }

    /** The template with 16 units in the named layers: these tests check what is shown, not the quality. */
    private GraphDocument shrunk(String templateId, String... nodeIds) {
        GraphDocument graph = templates.find(templateId).orElseThrow().document();
        for (String id : nodeIds) {
            graph = graph.withNode(graph.node(id).orElseThrow().withParam("units", 16));
        }
        return graph;
    }
}
