package dev.deepcanvas.backend.training.gan;

import dev.deepcanvas.graph.analysis.GanBlocks;
import dev.deepcanvas.graph.analysis.GraphAnalyzer;
import dev.deepcanvas.graph.compile.CompiledGan;
import dev.deepcanvas.graph.compile.GraphCompiler;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.dl4j.FastTraining;
import dev.deepcanvas.graph.dl4j.NativeBackend;
import dev.deepcanvas.graph.dl4j.NetworkFit;
import dev.deepcanvas.graph.dl4j.TrainingThreads;
import dev.deepcanvas.templates.TemplateCatalog;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The tally's verdicts are the discriminator's before it learns from the batch, whether they come from its training
 * step (the gallery's GANs, on one core or in data-parallel parts) or from an inference pass of their own (a
 * discriminator whose output layer does not keep its outputs).
 */
class DiscriminatorVerdictsTest {

    private static final int BATCH = 16;

    @BeforeAll
    static void nativeBackend() {
        NativeBackend.configure();
    }

    @ParameterizedTest(name = "{0}, {1} core(s), prepared: {2}")
    @CsvSource({"digit-gan, 1, true", "digit-gan, 2, true", "dcgan-shapes, 1, true", "dcgan-shapes, 2, true",
            "digit-gan, 1, false"})
    void verdictsAreThoseOfTheDiscriminatorBeforeItsStep(String template, int cores, boolean prepared)
            throws Exception {
        GraphDocument document = TemplateCatalog.load().find(template).orElseThrow().document();
        CompiledGan gan = new GraphCompiler().compileGan(document);
        GanBlocks blocks = gan.blocks();
        long noise = new GraphAnalyzer().analyze(document).shapeOf(blocks.noiseInput()).size();
        Nd4j.getRandom().setSeed(11);
        ComputationGraph discriminator = new ComputationGraph(gan.discriminator().configuration().clone());
        discriminator.init();
        if (prepared) {
            FastTraining.prepare(discriminator);
        }
        List<String> outputs = gan.discriminator().outputNames();
        DiscriminatorVerdicts verdicts = new DiscriminatorVerdicts(discriminator, outputs, blocks);
        assertThat(verdicts.fromTraining()).as("the training step gives them").isEqualTo(prepared);
        try (NetworkFit fit = cores == 1 ? TrainingThreads.oneThread(discriminator)
                : TrainingThreads.everyCore(discriminator, cores)) {
            for (int step = 0; step < 3; step++) {
                MultiDataSet batch = batch(gan, blocks, discriminator, noise, step);
                INDArray expected = GanArrays.verdicts(outputs, blocks,
                        discriminator.output(false, batch.getFeatures())).dup();
                INDArray before = discriminator.params().dup();
                INDArray judged = verdicts.stepAndJudge(batch, fit).orElseThrow();
                assertThat(discriminator.params()).as("it learnt").isNotEqualTo(before);
                assertThat(judged.shape()).isEqualTo(new long[] {2 * BATCH, 1});
                // the same sums, possibly added in another order (the step runs on one native thread per part,
                // this test's inference on as many as ND4J chooses): a rounding apart at most
                assertThat(judged.sub(expected).amaxNumber().doubleValue()).as("step " + step + ", "
                        + fit.describe()).isLessThanOrEqualTo(1e-6);
            }
        }
        assertThat(verdicts.fromTraining()).isEqualTo(prepared);
    }

    /** Random pictures of the discriminator's shape, real then generated, with their targets and classes. */
    private static MultiDataSet batch(CompiledGan gan, GanBlocks blocks, ComputationGraph discriminator, long noise,
                                      int step) {
        Nd4j.getRandom().setSeed(100 + step);
        INDArray classes = null;
        if (blocks.conditional()) {
            long width = discriminator.getLayer(blocks.discriminatorClassOutput()).getParam("b").length();
            classes = Nd4j.zeros(DataType.FLOAT, 2 * BATCH, width);
            Random random = new Random(step);
            for (int r = 0; r < 2 * BATCH; r++) {
                classes.putScalar(r, random.nextInt((int) width), 1);
            }
        }
        // pictures of the generator's shape, as the trainer's batches are
        ComputationGraph generator = new ComputationGraph(gan.generator().configuration().clone());
        generator.init();
        long[] shape = generator.output(false, GanArrays.generator(gan.generator().inputNames(), blocks,
                Nd4j.randn(DataType.FLOAT, 1, noise), classes == null ? null : classes.getRows(0)))[0].shape();
        shape[0] = 2 * BATCH;
        INDArray pictures = Nd4j.rand(DataType.FLOAT, shape);
        List<String> outputs = gan.discriminator().outputNames();
        INDArray targets = Nd4j.concat(0, Nd4j.valueArrayOf(new long[] {BATCH, 1}, 0.9, DataType.FLOAT),
                Nd4j.zeros(DataType.FLOAT, BATCH, 1));
        return new MultiDataSet(GanArrays.discriminator(gan.discriminator().inputNames(), blocks, pictures, classes),
                GanArrays.targets(outputs, blocks, targets, classes), null,
                GanArrays.realRowsOnlyForClasses(outputs, blocks, DataType.FLOAT, BATCH, BATCH));
    }
}
