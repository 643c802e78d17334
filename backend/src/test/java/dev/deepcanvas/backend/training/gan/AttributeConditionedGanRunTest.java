package dev.deepcanvas.backend.training.gan;

import dev.deepcanvas.backend.ServiceTest;
import dev.deepcanvas.backend.dataset.DatasetDescriptor;
import dev.deepcanvas.backend.dataset.builtin.ShapesDataset;
import dev.deepcanvas.backend.results.GanResult;
import dev.deepcanvas.backend.results.RunResultsService;
import dev.deepcanvas.backend.training.RunLauncher;
import dev.deepcanvas.backend.training.RunOptions;
import dev.deepcanvas.backend.training.RunQueries;
import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.backend.training.Runs;
import dev.deepcanvas.backend.training.TrainingRejectedException;
import dev.deepcanvas.graph.analysis.Analysis;
import dev.deepcanvas.graph.analysis.GanBlocks;
import dev.deepcanvas.graph.analysis.GraphAnalyzer;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.templates.TemplateCatalog;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.springframework.beans.factory.annotation.Autowired;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A DCGAN told the size and the colour as well as the shape (the gallery's, narrowed to train in seconds): the run
 * records the attributes it was told, its saved generator paints in the colour it is asked for, and a graph whose
 * condition does not fit the dataset is refused naming the sum it needs.
 */
class AttributeConditionedGanRunTest extends ServiceTest {

    private static final int RED = 0;
    private static final int BLUE = 2;

    @Autowired
    RunLauncher launcher;
    @Autowired
    RunQueries queries;
    @Autowired
    RunResultsService results;
    @Autowired
    TemplateCatalog templates;
    @Autowired
    Runs helper;

    private GraphDocument narrowedDcgan() {
        return templates.find("dcgan-shapes").orElseThrow().document()
                .withParam("g1", "units", 8 * 8 * 8).withParam("grid", "shape", List.of(8, 8, 8))
                .withParam("up1", "filters", 8).withParam("d1", "filters", 8).withParam("d2", "filters", 8);
    }

    /**
     * 250 steps at ten times the template's learning rates, so that the colours are learnt in seconds (at the
     * template's own rates 190 steps left red and blue samples alike).
     */
    @Test
    void theGeneratorPaintsTheColourItIsAskedFor() throws Exception {
        RunSummary run = launcher.start(new RunLauncher.StartRequest(null, null, narrowedDcgan(), ShapesDataset.ID,
                RunOptions.none().withEpochs(4).withBatchSize(64).withLearningRate(0.002)
                        .withDiscriminatorLearningRate(0.002)));
        RunSummary done = helper.awaitTerminal(run.id(), Duration.ofMinutes(10));
        assertThat(done.status()).as(done.message()).isEqualTo(RunState.SUCCEEDED);
        GanResult result = results.find(run.id()).orElseThrow().gan();
        assertThat(result.classNames()).hasSize(5);
        assertThat(result.attributes()).extracting(a -> a.name()).containsExactly("size", "colour");
        assertThat(result.attributes().get(1).values()).containsExactly("red", "green", "blue", "yellow", "white");

        TrainedGenerator generator = TrainedGenerator.of(ModelSerializer.restoreComputationGraph(
                queries.modelFile(run.id()).toFile(), false), narrowedDcgan(), result);
        // Every shape, small and large, in every colour, from the same noise.
        INDArray drawn = generator.draw(50, 3);
        INDArray red = picturesOf(generator, drawn, RED);
        INDArray blue = picturesOf(generator, drawn, BLUE);
        // On a dark background, the mean red channel minus the mean blue one is higher where red is asked for.
        double redLean = lean(red);
        double blueLean = lean(blue);
        // A generator deaf to the colour would lean the same way for both (the noise is the same).
        assertThat(redLean).as("red minus blue, asked for red").isGreaterThan(blueLean + 0.1);
    }

    /**
     * The samples among {@code drawn} (in turn: shapes fastest, then sizes, then colours) that were asked for this
     * colour: each shape small and large.
     */
    private static INDArray picturesOf(TrainedGenerator generator, INDArray drawn, int colour) {
        int[] asked = generator.askedFor(50).get(NDArrayIndex.all(), NDArrayIndex.interval(7, 12)).argMax(1)
                .toIntVector();
        long[] rows = java.util.stream.IntStream.range(0, 50).filter(i -> asked[i] == colour).asLongStream()
                .toArray();
        assertThat(rows).hasSize(10);
        return drawn.get(NDArrayIndex.indices(rows));
    }

    private static double lean(INDArray pictures) {
        return pictures.get(NDArrayIndex.all(), NDArrayIndex.point(0)).meanNumber().doubleValue()
                - pictures.get(NDArrayIndex.all(), NDArrayIndex.point(2)).meanNumber().doubleValue();
    }

    @Test
    void aConditionThatDoesNotFitTheDatasetIsRefusedNamingWhatItNeeds() {
        GraphDocument tooNarrow = narrowedDcgan().withParam("shape", "classes", 5).withParam("seen", "units", 5);
        assertThatThrownBy(() -> launcher.start(new RunLauncher.StartRequest(null, null, tooNarrow,
                ShapesDataset.ID)))
                .isInstanceOf(TrainingRejectedException.class)
                .hasMessageContaining("The generator's ClassInput 'shape' has 5 numbers but 'Coloured shapes")
                .hasMessageContaining("has 5 classes (circle, square, triangle, diamond, cross) + 2 size values "
                        + "(small, large) + 5 colour values (red, green, blue, yellow, white) = 12 numbers in its "
                        + "condition: set it to 12");
        // The same pictures described by their shape only: nothing to tell the generator beside the class.
        DatasetDescriptor d = ShapesDataset.DESCRIPTOR;
        DatasetDescriptor shapeOnly = new DatasetDescriptor(d.id(), d.title(), d.task(), d.inputs(), d.outputs(),
                d.classNames(), d.featureNames(), d.targetScale(), d.featureScale(), d.counts(), d.synthetic(),
                d.description(), d.source());
        GraphDocument dcgan = narrowedDcgan();
        GanBlocks blocks = GanBlocks.find(dcgan).blocks();
        Analysis analysis = new GraphAnalyzer().analyze(dcgan);
        assertThat(GanDatasetFit.problems(dcgan, analysis, blocks, d)).isEmpty();
        assertThat(GanDatasetFit.problems(dcgan, analysis, blocks, shapeOnly)).containsExactly("The generator's "
                + "ClassInput 'shape' is told the class and the dataset's attributes, but 'Coloured shapes 32×32×3' "
                + "describes its pictures by their class only: set its condition to 'class'.");
        GraphDocument classOnly = dcgan.withParam("shape", "condition", "class").withParam("shape", "classes", 5)
                .withParam("seen", "units", 5).withParam("seen", "activation", "softmax")
                .withParam("seen", "loss", "mcxent");
        assertThat(GanDatasetFit.problems(classOnly, new GraphAnalyzer().analyze(classOnly),
                GanBlocks.find(classOnly).blocks(), d)).isEmpty();
    }
}
