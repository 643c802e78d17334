package dev.deepcanvas.backend.training;

import dev.deepcanvas.backend.ServiceTest;
import dev.deepcanvas.backend.dataset.builtin.MnistDataset;
import dev.deepcanvas.backend.results.ReconstructionResult;
import dev.deepcanvas.backend.results.RunResult;
import dev.deepcanvas.backend.results.RunResultsService;
import dev.deepcanvas.backend.results.TaskKind;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphJson;
import dev.deepcanvas.templates.TemplateCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** An autoencoder (ImageOutput) learns to give back the pictures it is shown, and is scored on held-out ones. */
class AutoencoderRunTest extends ServiceTest {

    /**
     * A strided convolution halves the digit, a transposed one doubles it again: 28×28×1 → 14×14×4 → 28×28×1.
     *
     * <p>The learning rate is high because the run is one epoch of 63 steps. The sigmoid starts every pixel at 0.5
     * grey, and a blank input reaches it only through the output bias, which Adam moves by about the learning rate
     * per step; black background needs a bias near -3. At 0.01 the bias got to about -0.6 (background 0.35 grey,
     * an error 175% of the mean digit's); at 0.05 it can reach black within the epoch.
     */
    private static final String SMALL_AUTOENCODER = """
            {"format":"deepcanvas-graph","version":1,"name":"small autoencoder",
             "training":{"optimizer":"adam","learningRate":0.05,"batchSize":128,"epochs":1,"seed":5},
             "nodes":[
              {"id":"img","type":"ImageInput","params":{"height":28,"width":28,"channels":1}},
              {"id":"down","type":"Conv2D","params":{"filters":4,"kernel":[2,2],"stride":[2,2],"activation":"relu"}},
              {"id":"up","type":"Conv2DTranspose","params":{"filters":1,"kernel":[2,2],"stride":[2,2],
                "activation":"identity"}},
              {"id":"out","type":"ImageOutput","params":{"activation":"sigmoid","loss":"xent"}}],
             "edges":[
              {"id":"e1","source":"img","target":"down","targetPort":0},
              {"id":"e2","source":"down","target":"up","targetPort":0},
              {"id":"e3","source":"up","target":"out","targetPort":0}]}
            """;

    @Autowired
    RunLauncher launcher;
    @Autowired
    RunQueries queries;
    @Autowired
    RunResultsService results;
    @Autowired
    TemplateCatalog templates;

    @Test
    void itLearnsToGiveBackHeldOutDigitsBetterThanTheMeanDigit() throws Exception {
        GraphDocument graph = GraphJson.parse(SMALL_AUTOENCODER);
        RunSummary run = launcher.start(new RunLauncher.StartRequest(null, null, graph, MnistDataset.ID));
        RunSummary done = new Runs(launcher, queries, templates).awaitTerminal(run.id());
        assertThat(done.status()).as(done.message()).isEqualTo(RunState.SUCCEEDED);
        assertThat(done.task()).isEqualTo(TaskKind.RECONSTRUCTION);

        RunResult result = results.find(run.id()).orElseThrow();
        ReconstructionResult reconstruction = result.reconstruction();
        assertThat(reconstruction.examples()).isEqualTo(2000);
        // the mean digit's error is the spread of the pixels about their mean: a few hundredths
        assertThat(reconstruction.meanPictureError()).isBetween(0.01, 0.2);
        // one epoch through a 14×14×4 code already rebuilds digits far better than the mean digit
        assertThat(reconstruction.errorShare()).isLessThan(0.5);
        assertThat(result.metric()).isEqualTo(reconstruction.meanSquaredError());
        List<EpochMetric> epochs = queries.metrics(run.id());
        assertThat(epochs).singleElement().satisfies(e -> assertThat(e.validationMetric()).isPositive());
    }
}
