package dev.deepcanvas.backend.training.gan;

import dev.deepcanvas.backend.ServiceTest;
import dev.deepcanvas.backend.dataset.DatasetService;
import dev.deepcanvas.backend.dataset.builtin.IrisDataset;
import dev.deepcanvas.backend.dataset.builtin.MnistDataset;
import dev.deepcanvas.backend.results.GanResult;
import dev.deepcanvas.backend.results.RunResultsService;
import dev.deepcanvas.backend.training.RunLauncher;
import dev.deepcanvas.backend.training.RunQueries;
import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.backend.training.Runs;
import dev.deepcanvas.backend.training.TrainingRejectedException;
import dev.deepcanvas.graph.analysis.GanBlocks;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphJson;
import dev.deepcanvas.templates.TemplateCatalog;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.springframework.beans.factory.annotation.Autowired;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.time.Duration;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A conditional GAN: a ClassInput in each block. The run learns from the dataset's labels, records the classes it
 * draws, and its saved generator draws whichever class it is asked for: its samples for a digit look more like that
 * digit than like any other.
 */
class ConditionalGanRunTest extends ServiceTest {

    /**
     * Noise 16 and the digit → one dense layer → a 28×28 picture. The discriminator's features of the picture name
     * the digit they see; the same features joined with the claimed digit give the verdict (both ways of teaching
     * the discriminator classes at once). The claimed digit must not reach the class Output: from real pictures,
     * which claim their own digit, it would learn to repeat the claim, and so teach the generator nothing.
     *
     * <p>The budget: 750 steps (3 epochs of 8,000 pictures, 32 at a time) at learning rate 0.01. Adam moves each
     * weight by about the learning rate per step, and the sigmoid starts every pixel at 0.5 grey; one epoch of 256
     * at 0.0005 (32 steps) left the samples grey, nearest to the same real digit whatever was asked for.
     */
    private static final String SMALL_CONDITIONAL_GAN = """
            {"format":"deepcanvas-graph","version":1,"name":"small conditional digit GAN",
             "training":{"optimizer":"adam","learningRate":0.01,"batchSize":32,"epochs":3,"seed":3,"beta1":0.5},
             "nodes":[
              {"id":"noise","type":"NoiseInput","params":{"size":16},"group":"generator"},
              {"id":"digit","type":"ClassInput","params":{"classes":%d},"group":"generator"},
              {"id":"join","type":"Concatenate","params":{},"group":"generator"},
              {"id":"pixels","type":"Dense","params":{"units":784,"activation":"sigmoid"},"group":"generator"},
              {"id":"fake","type":"Reshape","params":{"shape":[28,28,1]},"group":"generator"},
              {"id":"image","type":"ImageInput","params":{"height":28,"width":28,"channels":1},"group":"discriminator"},
              {"id":"claimed","type":"ClassInput","params":{"classes":%d},"group":"discriminator"},
              {"id":"flat","type":"Flatten","params":{},"group":"discriminator"},
              {"id":"d1","type":"Dense","params":{"units":32,"activation":"leakyrelu"},"group":"discriminator"},
              {"id":"both","type":"Concatenate","params":{},"group":"discriminator"},
              {"id":"real","type":"Output","params":{"units":1,"activation":"sigmoid","loss":"xent"},
               "group":"discriminator"},
              {"id":"seen","type":"Output","params":{"units":%d,"activation":"softmax","loss":"mcxent"},
               "group":"discriminator"}],
             "edges":[
              {"id":"e1","source":"noise","target":"join","targetPort":0},
              {"id":"e2","source":"digit","target":"join","targetPort":1},
              {"id":"e3","source":"join","target":"pixels","targetPort":0},
              {"id":"e4","source":"pixels","target":"fake","targetPort":0},
              {"id":"e5","source":"image","target":"flat","targetPort":0},
              {"id":"e6","source":"flat","target":"d1","targetPort":0},
              {"id":"e7","source":"d1","target":"both","targetPort":0},
              {"id":"e8","source":"claimed","target":"both","targetPort":1},
              {"id":"e9","source":"both","target":"real","targetPort":0},
              {"id":"e10","source":"d1","target":"seen","targetPort":0}]}
            """;

    @Autowired
    RunLauncher launcher;
    @Autowired
    RunQueries queries;
    @Autowired
    RunResultsService results;
    @Autowired
    GanSamples samples;
    @Autowired
    TemplateCatalog templates;
    @Autowired
    DatasetService datasets;

    @Test
    void aConditionalGanLearnsFromTheLabelsAndDrawsDigitsThatResembleTheDigitAskedFor() throws Exception {
        GraphDocument gan = document(10);
        RunSummary run = launcher.start(new RunLauncher.StartRequest(null, null, gan, MnistDataset.ID));
        RunSummary done = new Runs(launcher, queries, templates).awaitTerminal(run.id(), Duration.ofMinutes(5));
        assertThat(done.status()).as(done.message()).isEqualTo(RunState.SUCCEEDED);

        GanResult result = results.find(run.id()).orElseThrow().gan();
        assertThat(result.conditional()).isTrue();
        assertThat(result.classNames()).hasSize(10).startsWith("0", "1");
        assertThat(result.epochs()).hasSize(3);
        assertThat(result.epochs()).allSatisfy(e -> assertThat(e.discriminatorLoss()).isPositive().isFinite());
        BufferedImage grid = ImageIO.read(new ByteArrayInputStream(samples.png(run.id(), 3)));
        assertThat(grid.getWidth()).isEqualTo(10 * (28 * 2 + 2) + 2);

        TrainedGenerator generator = new TrainedGenerator(ModelSerializer.restoreComputationGraph(
                queries.modelFile(run.id()).toFile(), false), GanBlocks.find(gan).blocks(), result.noiseSize(),
                new GanCondition(result.classNames(), result.attributes()));
        INDArray drawn = generator.draw(20, 7);
        assertThat(drawn.shape()).containsExactly(20, 1, 28, 28);
        assertThat(generator.draw(20, 7)).as("the same seed draws the same samples").isEqualTo(drawn);
        // Samples 0 and 10 are asked for the same digit with different noise; 0 and 1 for different digits.
        assertThat(drawn.slice(0)).isNotEqualTo(drawn.slice(1)).isNotEqualTo(drawn.slice(10));

        // The class asked for shows in the pictures: the average of the samples asked for a digit lies nearest to
        // the average real picture of that digit (a nearest-mean judge, outside the GAN), for most digits.
        INDArray asked = generator.draw(500, 11);
        DataSet real = datasets.get(MnistDataset.ID).train();
        int[] realClass = real.getLabels().argMax(1).toIntVector();
        int recognised = 0;
        for (int digit = 0; digit < 10; digit++) {
            int wanted = digit;
            // draw asks for the digits in turn: sample i is asked for digit i mod 10
            INDArray generatedMean = mean(asked, i -> i % 10 == wanted, 500);
            int nearest = -1;
            double best = Double.MAX_VALUE;
            for (int candidate = 0; candidate < 10; candidate++) {
                int c = candidate;
                double distance = generatedMean.distance2(mean(real.getFeatures(), i -> realClass[i] == c,
                        realClass.length));
                if (distance < best) {
                    best = distance;
                    nearest = candidate;
                }
            }
            recognised += nearest == digit ? 1 : 0;
        }
        // chance is one digit in ten; a generator that ignores the class it is asked for scores about 1
        assertThat(recognised).as("digits whose samples lie nearest to their own real average").isGreaterThanOrEqualTo(7);
    }

    /** The mean picture of the rows the filter keeps. */
    private static INDArray mean(INDArray pictures, IntPredicate keep, int n) {
        long[] rows = IntStream.range(0, n).filter(keep).asLongStream().toArray();
        return pictures.get(NDArrayIndex.indices(rows)).castTo(DataType.DOUBLE).mean(0);
    }

    @Test
    void aConditionalGanNeedsADatasetWithAsManyClasses() {
        assertThatThrownBy(() -> launcher.start(new RunLauncher.StartRequest(null, null, document(5),
                MnistDataset.ID)))
                .isInstanceOf(TrainingRejectedException.class)
                .hasMessageContaining("ClassInput 'digit' has 5 classes but 'MNIST")
                .hasMessageContaining("has 10 (0, 1, 2");
        assertThatThrownBy(() -> launcher.start(new RunLauncher.StartRequest(null, null, document(3),
                IrisDataset.ID)))
                .isInstanceOf(TrainingRejectedException.class).hasMessageContaining("A GAN learns from pictures");
    }

    private static GraphDocument document(int classes) throws Exception {
        return GraphJson.parse(SMALL_CONDITIONAL_GAN.formatted(classes, classes, classes));
    }
}
