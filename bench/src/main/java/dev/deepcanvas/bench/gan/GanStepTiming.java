package dev.deepcanvas.bench.gan;

import dev.deepcanvas.backend.dataset.DatasetDescriptor;
import dev.deepcanvas.backend.dataset.builtin.BuiltInDataset;
import dev.deepcanvas.backend.dataset.builtin.BuiltInDatasets;
import dev.deepcanvas.backend.training.gan.DiscriminatorVerdicts;
import dev.deepcanvas.backend.training.gan.GanArrays;
import dev.deepcanvas.backend.training.gan.GanCondition;
import dev.deepcanvas.graph.analysis.GanBlocks;
import dev.deepcanvas.graph.analysis.GraphAnalyzer;
import dev.deepcanvas.graph.compile.CompiledGan;
import dev.deepcanvas.graph.compile.GraphCompiler;
import dev.deepcanvas.graph.dl4j.FastTraining;
import dev.deepcanvas.graph.dl4j.JointFits;
import dev.deepcanvas.graph.dl4j.NativeBackend;
import dev.deepcanvas.graph.dl4j.NetworkFit;
import dev.deepcanvas.graph.dl4j.TrainingThreads;
import dev.deepcanvas.templates.Template;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.Random;

/**
 * One GAN training step of a GAN template, taken as DeepCanvas's GAN trainer takes it (GanTrainingJob): a generated
 * batch with the generator in training mode, a discriminator step on real and generated pictures (with the classes
 * where the GAN is conditional) and its verdicts before it learnt ({@link DiscriminatorVerdicts}: from the step's own
 * forward pass where the discriminator allows it, by a pass of their own for the plain networks), the parameter
 * copies, a generator step through the frozen discriminator, the copies back. Either on the networks exactly as the
 * compiler builds them, stepped with {@code fit} and DL4J's own threading ("plain"), or prepared and stepped as the
 * trainer does it ({@link FastTraining}, {@link TrainingThreads#jointly} with a given number of cores). The
 * pictures are random: the time of a step does not depend on what they show.
 */
final class GanStepTiming implements AutoCloseable {

    /** The trainer's target for real pictures (one-sided label smoothing). */
    private static final double REAL_TARGET = 0.9;
    /** More steps than any trial of {@link TrainingThreads} takes. */
    private static final int SETTLE_LIMIT = 1_000;

    private final CompiledGan gan;
    private final GanBlocks blocks;
    private final ComputationGraph generator;
    private final ComputationGraph discriminator;
    private final ComputationGraph combined;
    /** How the prepared step's two networks use the cores, decided on whole steps; null for the plain networks. */
    private final JointFits together;
    private final NetworkFit discriminatorFit;
    private final NetworkFit combinedFit;
    /** The prepared step's verdicts, as the trainer takes them; null for the plain networks. */
    private final DiscriminatorVerdicts verdicts;
    private final int batch;
    private final int noise;
    /** What the generator is asked for: the trainer's own condition of this template on its dataset. */
    private final GanCondition condition;
    private final int nativeThreads;
    private final INDArray real;
    private final INDArray realClasses;
    private final Random classDraws = new Random(7);

    /** @param threads the cores of a prepared step; 0 for the plain networks with DL4J's own threading */
    GanStepTiming(Template template, int threads) throws Exception {
        gan = new GraphCompiler().compileGan(template.document());
        blocks = gan.blocks();
        batch = template.document().training().batchSize();
        noise = (int) new GraphAnalyzer().analyze(template.document()).shapeOf(blocks.noiseInput()).size();
        condition = GanCondition.of(template.document(), blocks, descriptorOf(template));
        Nd4j.getRandom().setSeed(42);
        generator = init(gan.generator().configuration());
        discriminator = init(gan.discriminator().configuration());
        combined = init(gan.combined().configuration());
        boolean prepared = threads > 0;
        nativeThreads = prepared ? threads : Runtime.getRuntime().availableProcessors();
        NativeBackend.limitThreadsOfCallingThread(nativeThreads);
        if (prepared) {
            FastTraining.prepareForOutput(generator);
            FastTraining.prepare(discriminator);
            FastTraining.prepare(combined);
            together = TrainingThreads.jointly(threads);
            discriminatorFit = together.add(discriminator);
            combinedFit = together.add(combined);
            verdicts = new DiscriminatorVerdicts(discriminator, gan.discriminator().outputNames(), blocks);
        } else {
            together = null;
            discriminatorFit = null;
            combinedFit = null;
            verdicts = null;
        }
        CompiledGan.apply(gan.afterGeneratorStep(), generator, discriminator, combined);
        INDArray sample = generator.output(false, inputs(gan.generator().inputNames(), 1))[0];
        long[] shape = sample.shape().clone();
        shape[0] = batch;
        real = Nd4j.rand(DataType.FLOAT, shape);
        realClasses = condition.conditional() ? condition.random(DataType.FLOAT, batch, classDraws) : null;
    }

    int batch() {
        return batch;
    }

    /** How the discriminator's and the generator's steps use the cores. */
    String describe() {
        return discriminatorFit == null ? "DL4J's own threading"
                : "discriminator: " + discriminatorFit.way() + "; generator: " + combinedFit.way() + "; verdicts "
                + (verdicts.fromTraining() ? "from the discriminator's step" : "by an inference pass of their own");
    }

    /**
     * Steps until both networks have settled how they use the cores: with two or more, the trainer's first steps
     * time one thread against every core on whole steps ({@link JointFits}).
     */
    void settle() {
        NativeBackend.limitThreadsOfCallingThread(nativeThreads);
        for (int i = 0; i < SETTLE_LIMIT && !settled(); i++) {
            step();
        }
        if (!settled()) {
            throw new IllegalStateException("The GAN's ways of stepping were not settled after " + SETTLE_LIMIT
                    + " steps");
        }
    }

    /** Whether both networks step in their chosen way (always, under DL4J's own threading). */
    private boolean settled() {
        return together == null || together.settled();
    }

    /** Milliseconds per step over {@code steps} steps. */
    double time(int steps) {
        NativeBackend.limitThreadsOfCallingThread(nativeThreads);
        long start = System.nanoTime();
        for (int i = 0; i < steps; i++) {
            step();
        }
        return (System.nanoTime() - start) / 1e6 / steps;
    }

    private void step() {
        if (together != null) {
            together.roundStarts();
        }
        DataType type = DataType.FLOAT;
        INDArray[] generatorInputs = inputs(gan.generator().inputNames(), batch);
        INDArray askedFor = condition.conditional() ? generatorInputs[gan.generator().inputNames()
                .indexOf(blocks.generatorClassInput())] : null;
        INDArray fake = generator.output(true, generatorInputs)[0];
        INDArray both = Nd4j.concat(0, real, fake);
        INDArray bothClasses = condition.conditional() ? Nd4j.concat(0, realClasses, askedFor) : null;
        List<String> discriminatorOutputs = gan.discriminator().outputNames();
        INDArray[] judged = GanArrays.discriminator(gan.discriminator().inputNames(), blocks, both, bothClasses);
        INDArray targets = Nd4j.concat(0, Nd4j.valueArrayOf(new long[] {batch, 1}, REAL_TARGET, type),
                Nd4j.zeros(type, batch, 1));
        MultiDataSet learnt = new MultiDataSet(judged,
                GanArrays.targets(discriminatorOutputs, blocks, targets, bothClasses), null,
                GanArrays.realRowsOnlyForClasses(discriminatorOutputs, blocks, type, batch, batch));
        if (verdicts == null) {
            discriminator.output(false, judged);
            discriminator.fit(learnt);
        } else {
            verdicts.stepAndJudge(learnt, discriminatorFit);
        }
        CompiledGan.apply(gan.beforeGeneratorStep(), generator, discriminator, combined);
        INDArray[] combinedInputs = inputs(gan.combined().inputNames(), batch);
        INDArray askedAgain = condition.conditional() ? combinedInputs[gan.combined().inputNames()
                .indexOf(blocks.generatorClassInput())] : null;
        fit(combined, combinedFit, new MultiDataSet(combinedInputs, GanArrays.targets(gan.combined().outputNames(),
                blocks, Nd4j.ones(type, batch, 1), askedAgain)));
        CompiledGan.apply(gan.afterGeneratorStep(), generator, discriminator, combined);
        if (together != null) {
            together.roundEnds(batch);
        }
    }

    private static void fit(ComputationGraph network, NetworkFit fit, MultiDataSet batch) {
        if (fit == null) {
            network.fit(batch);
        } else {
            fit.fit(batch);
        }
    }

    /** Fresh noise and, in a conditional GAN, random classes, arranged as the network's inputs. */
    private INDArray[] inputs(List<String> names, int rows) {
        INDArray asked = condition.conditional() ? condition.random(DataType.FLOAT, rows, classDraws) : null;
        return GanArrays.generator(names, blocks, Nd4j.randn(DataType.FLOAT, rows, noise), asked);
    }

    /** The built-in dataset the template trains on: its classes and attributes, without loading its pictures. */
    private static DatasetDescriptor descriptorOf(Template template) {
        return BuiltInDatasets.all().stream().map(BuiltInDataset::descriptor)
                .filter(d -> d.id().equals(template.datasetId())).findFirst()
                .orElseThrow(() -> new IllegalStateException(template.id() + " trains on "
                        + template.datasetId() + ", which is not built in"));
    }

    private static ComputationGraph init(ComputationGraphConfiguration configuration) {
        ComputationGraph net = new ComputationGraph(configuration.clone());
        net.init();
        return net;
    }

    @Override
    public void close() {
        if (discriminatorFit != null) {
            discriminatorFit.close();
            combinedFit.close();
        }
    }
}
