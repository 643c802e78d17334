package dev.deepcanvas.backend.training.gan;

import dev.deepcanvas.backend.dataset.DatasetPart;
import dev.deepcanvas.backend.dataset.DatasetSplit;
import dev.deepcanvas.backend.results.GanEpoch;
import dev.deepcanvas.backend.results.GanResult;
import dev.deepcanvas.backend.results.RunResult;
import dev.deepcanvas.backend.training.DataFingerprint;
import dev.deepcanvas.backend.training.DataFingerprints;
import dev.deepcanvas.backend.training.Hyperparameters;
import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.backend.training.RunUpdate;
import dev.deepcanvas.backend.training.run.CoreUse;
import dev.deepcanvas.backend.training.run.DivergenceDetector;
import dev.deepcanvas.backend.training.run.EpochStatistics;
import dev.deepcanvas.backend.training.run.EtaEstimator;
import dev.deepcanvas.backend.training.run.HeldOutScore;
import dev.deepcanvas.backend.training.run.IterationSampler;
import dev.deepcanvas.backend.training.run.JobCollaborators;
import dev.deepcanvas.backend.training.run.JobOutcome;
import dev.deepcanvas.backend.training.run.Minibatches;
import dev.deepcanvas.backend.training.run.NetworkStatistics;
import dev.deepcanvas.backend.training.run.ProgressThrottle;
import dev.deepcanvas.backend.training.run.RunJobBase;
import dev.deepcanvas.graph.analysis.GanBlocks;
import dev.deepcanvas.graph.compile.CompiledGan;
import dev.deepcanvas.graph.compile.ParamCopy;
import dev.deepcanvas.graph.dl4j.NativeSeed;
import dev.deepcanvas.graph.dl4j.FastTraining;
import dev.deepcanvas.graph.dl4j.JointFits;
import dev.deepcanvas.graph.dl4j.NetworkFit;
import dev.deepcanvas.graph.dl4j.TrainingThreads;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Trains a GAN: the compiler's three networks (generator, discriminator, generator → frozen discriminator) in
 * alternating steps. Each minibatch the discriminator learns from real and generated samples, its weights are
 * copied into the frozen copy, the generator learns through that copy to be called real, and its weights are
 * copied into the sampling generator. Every epoch ends with a grid of samples from the same fixed noise, so the
 * grids show one set of latent points turning into digits.
 *
 * <p>A conditional GAN (docs/graph-format.md, "Conditional GANs") also draws a random class for every generated
 * sample: the generator is asked for it, a discriminator ClassInput is told it (real pictures claim their own
 * class), and a class Output learns the classes of the real pictures and is then what the generator must satisfy.
 * Where the ClassInput includes the dataset's attributes, each of those is drawn, told and learnt the same way
 * ({@link GanCondition}). Its grids ask for the classes in turn.
 *
 * <p>A GAN keeps no checkpoints (three networks and two optimisers would triple the files for a short run):
 * an interrupted GAN run is trained again from the start when resumed.
 */
final class GanTrainingJob extends RunJobBase {

    /** 10 × 10 samples per grid: the 100 the quality bar speaks of. */
    static final int GRID_SAMPLES = 100;
    static final int GRID_COLUMNS = 10;
    /**
     * One-sided label smoothing: the discriminator aims at 0.9 for real samples, not 1, so it never becomes so
     * sure that the generator's gradient vanishes.
     */
    static final double REAL_TARGET = 0.9;

    private final GanPlan plan;

    GanTrainingJob(GanPlan plan, JobCollaborators services) {
        super(plan.claim(), plan.hyperparameters().epochs(), services);
        this.plan = plan;
    }

    @Override
    protected String resumeAdvice(int epochsDone) {
        return "GAN runs keep no checkpoints: resuming trains it again from the start.";
    }

    @Override
    protected boolean resumesFromCheckpoint() {
        return false;
    }

    @Override
    protected String tooBigForMemory() {
        return "the networks did not fit in memory. Make them smaller or lower the batch size.";
    }

    /**
     * The pictures it learns from (with their classes when conditional); a GAN uses no validation part and is
     * never tested, so those parts have no fingerprint.
     */
    @Override
    protected DataFingerprints dataFingerprints() {
        DatasetSplit train = plan.data().part(DatasetPart.TRAIN).orElseThrow();
        List<INDArray> used = new ArrayList<>(List.of(train.features().get(0)));
        if (plan.condition().conditional()) {
            used.add(train.labels().get(0));
            used.addAll(plan.condition().attributes().isEmpty() ? List.of() : train.attributes());
        }
        return new DataFingerprints(DataFingerprint.of(used), null, null);
    }

    @Override
    protected JobOutcome train() throws IOException {
        CompiledGan gan = plan.gan();
        NativeSeed.seedNd4j(plan.hyperparameters().seed());
        // draws every step's generated batch, so its layers get the fast forward passes too
        ComputationGraph generator = FastTraining.prepareForOutput(init(gan.generator().configuration()));
        // the two networks that learn through fit; the generator only produces samples
        ComputationGraph discriminator = FastTraining.prepare(init(gan.discriminator().configuration()));
        ComputationGraph combined = FastTraining.prepare(init(gan.combined().configuration()));
        // The sampler starts from the combined network's generator, which is the one that learns.
        CompiledGan.apply(gan.afterGeneratorStep(), generator, discriminator, combined);
        // each learning step spread over the cores this run may use
        // The generator learns inside the combined network, where the discriminator's layers are frozen copies:
        // its statistics are those of the combined network's generator layers.
        Set<String> generatorLayers = gan.afterGeneratorStep().stream().map(ParamCopy::vertex)
                .collect(Collectors.toSet());
        // both networks use the cores one way, timed on whole rounds of their two steps
        JointFits together = TrainingThreads.jointly();
        try (NetworkFit discriminatorFit = together.add(discriminator);
             NetworkFit combinedFit = together.add(combined);
             EpochStatistics statistics = new EpochStatistics(plan.hyperparameters().layerStatisticsEvery())
                     .add(NetworkStatistics.GENERATOR, combined, generatorLayers::contains)
                     .add(NetworkStatistics.DISCRIMINATOR, discriminator, layer -> true)) {
            return train(generator, discriminator, combined, together, discriminatorFit, combinedFit, statistics);
        }
    }

    private JobOutcome train(ComputationGraph generator, ComputationGraph discriminator, ComputationGraph combined,
                       JointFits together, NetworkFit discriminatorFit, NetworkFit combinedFit,
                       EpochStatistics statistics)
            throws IOException {
        long runId = plan.runId();
        Hyperparameters hp = plan.hyperparameters();
        CompiledGan gan = plan.gan();
        DataType type = generator.params().dataType();
        GanBlocks blocks = gan.blocks();
        List<String> generatorInputs = gan.generator().inputNames();
        List<String> discriminatorInputs = gan.discriminator().inputNames();
        List<String> combinedInputs = gan.combined().inputNames();
        List<String> discriminatorOutputs = gan.discriminator().outputNames();
        List<String> combinedOutputs = gan.combined().outputNames();
        GanCondition condition = plan.condition();
        // What a conditional generator is asked to draw while it learns: its own seeded stream, so that a run is
        // repeatable whatever else draws random numbers.
        Random classDraws = new Random(hp.seed());

        DatasetSplit train = plan.data().part(DatasetPart.TRAIN).orElseThrow();
        INDArray real = train.features().get(0);
        // A conditional GAN's batches carry each real picture's class (and attributes, where it is told them).
        INDArray[] perPicture = blocks.conditional() ? new INDArray[]{real, condition.ofSplit(train)}
                : new INDArray[]{real};
        Minibatches batches = new Minibatches(new MultiDataSet(perPicture,
                new INDArray[]{Nd4j.ones(type, real.size(0), 1)}));
        long perEpoch = batches.perEpoch(hp.batchSize());
        long planned = perEpoch * hp.epochs();
        INDArray gridNoise = Nd4j.randn(type, GRID_SAMPLES, plan.noiseSize());
        INDArray gridClasses = blocks.conditional() ? condition.inTurn(type, GRID_SAMPLES) : null;
        DivergenceDetector divergence = new DivergenceDetector();
        IterationSampler sampler = new IterationSampler(perEpoch);
        ProgressThrottle throttle = new ProgressThrottle(ProgressThrottle.PROGRESS_INTERVAL_MILLIS);
        EtaEstimator eta = new EtaEstimator(System.nanoTime(), 0, planned);
        Map<String, NetworkFit> fits = new LinkedHashMap<>();
        fits.put("discriminator", discriminatorFit);
        fits.put("generator", combinedFit);
        CoreUse cores = new CoreUse(services.steps(), runId, fits);
        List<GanEpoch> epochs = new ArrayList<>();
        DiscriminatorVerdicts verdicts = new DiscriminatorVerdicts(discriminator, discriminatorOutputs, blocks);
        long iteration = 0;

        for (int epoch = 1; epoch <= hp.epochs(); epoch++) {
            GanTally tally = new GanTally();
            long step = 0;
            for (MultiDataSet batch : batches.epoch(hp.seed() + epoch, hp.batchSize())) {
                // the epoch's last round is measured, both networks' steps, and every N-th where the run asks
                boolean measured = statistics.measures(iteration + 1, ++step == perEpoch);
                if (stopRequested()) {
                    return stopped(epoch - 1, epoch);
                }
                together.roundStarts();
                INDArray realBatch = batch.getFeatures(0).castTo(type);
                int b = (int) realBatch.size(0);
                // In training mode, as the generator runs when it learns inside the combined network: its batch
                // norm layers then normalise with this batch's statistics. In inference mode they would use running
                // averages that lag behind the weights, so the discriminator would learn to reject samples the
                // generator never makes, and the generator would be pushed about by a verdict on other samples.
                INDArray askedFor = blocks.conditional() ? condition.random(type, b, classDraws) : null;
                INDArray fake = generator.output(true, GanArrays.generator(generatorInputs, blocks,
                        Nd4j.randn(type, b, plan.noiseSize()), askedFor))[0];
                INDArray both = Nd4j.concat(0, realBatch, fake);
                // A real picture claims its own class, a generated one the class it was asked to draw.
                INDArray bothClasses = blocks.conditional()
                        ? Nd4j.concat(0, batch.getFeatures(1).castTo(type), askedFor) : null;
                INDArray[] judged = GanArrays.discriminator(discriminatorInputs, blocks, both, bothClasses);
                INDArray targets = Nd4j.concat(0, Nd4j.valueArrayOf(new long[]{b, 1}, REAL_TARGET, type),
                        Nd4j.zeros(type, b, 1));
                statistics.armIf(measured, NetworkStatistics.DISCRIMINATOR);
                // Judged before the step: how good the discriminator was on samples it had not yet learned from.
                verdicts.stepAndJudge(new MultiDataSet(judged,
                        GanArrays.targets(discriminatorOutputs, blocks, targets, bothClasses), null,
                        GanArrays.realRowsOnlyForClasses(discriminatorOutputs, blocks, type, b, b)), discriminatorFit)
                        .ifPresent(v -> tally.judge(v, b));
                statistics.collectIfArmed(iteration + 1);
                double discriminatorLoss = discriminator.score();

                CompiledGan.apply(gan.beforeGeneratorStep(), generator, discriminator, combined);
                INDArray askedAgain = blocks.conditional() ? condition.random(type, b, classDraws) : null;
                // The generator learns to be called real and, where the discriminator names classes, to be seen
                // as the class it was asked for.
                statistics.armIf(measured, NetworkStatistics.GENERATOR);
                combinedFit.fit(new MultiDataSet(GanArrays.generator(combinedInputs, blocks,
                        Nd4j.randn(type, b, plan.noiseSize()), askedAgain),
                        GanArrays.targets(combinedOutputs, blocks, Nd4j.ones(type, b, 1), askedAgain)));
                statistics.collectIfArmed(iteration + 1);
                double generatorLoss = combined.score();
                CompiledGan.apply(gan.afterGeneratorStep(), generator, discriminator, combined);
                together.roundEnds(b);

                iteration++;
                cores.afterStep(iteration);
                String diverged = divergence.check(discriminatorLoss + generatorLoss, epoch, hp.learningRate());
                if (diverged != null) {
                    return failed(diverged);
                }
                tally.losses(discriminatorLoss, generatorLoss);
                buffer.add(sampler.add(iteration, epoch, generatorLoss));
                long now = System.nanoTime();
                services.steps().stepped(runId, iteration, now);
                if (buffer.isDue(now)) {
                    run.recordIterations(buffer.drain(now));
                }
                if (throttle.tryPass(now)) {
                    publish(new RunUpdate(runId, RunState.RUNNING, epoch - 1, hp.epochs(), null, null, null,
                            iteration, planned, eta.secondsLeft(iteration, now), generatorLoss, null, null));
                }
            }
            buffer.add(sampler.flush(iteration, epoch));
            Path grid = services.files().ganSample(runId, epoch);
            writeAtomically(grid, SampleGrid.png(generator.output(false, GanArrays.generator(generatorInputs,
                    blocks, gridNoise, gridClasses))[0], GRID_COLUMNS));
            GanEpoch figures = tally.epoch(epoch, grid.getFileName().toString());
            epochs.add(figures);
            // The run tables have one training loss and one held-out loss per epoch: the generator's loss is
            // the training loss, the discriminator's stands in the held-out column, its accuracy as the metric.
            RunSummary summary = run.recordEpoch(epoch, figures.generatorLoss(),
                    new HeldOutScore(figures.discriminatorLoss(), figures.accuracy(), figures.accuracy()),
                    buffer.drain(), statistics.take(), null);
            publish(new RunUpdate(runId, summary.status(), summary.epochsCompleted(), summary.epochsPlanned(),
                    summary.finalLoss(), figures.accuracy(), summary.message(), iteration, planned,
                    eta.secondsLeft(iteration, System.nanoTime()), null, figures.discriminatorLoss(),
                    figures.accuracy()));
        }
        Path modelTarget = services.files().model(runId);
        Path discriminatorTarget = services.files().discriminator(runId);
        Path model = writeModelBeside(generator, modelTarget, false);
        Path judge = writeModelBeside(discriminator, discriminatorTarget, false);
        RunResult result = RunResult.of(runId, new GanResult(plan.noiseSize(), epochs, condition.classNames(),
                condition.attributes()));
        publish(run.succeed(result, hp.epochs(), null, buffer.drain(), () -> {
            moveIntoPlace(model, modelTarget);
            moveIntoPlace(judge, discriminatorTarget);
        }));
        return JobOutcome.ENDED;
    }

    private static ComputationGraph init(org.deeplearning4j.nn.conf.ComputationGraphConfiguration configuration) {
        ComputationGraph net = new ComputationGraph(configuration);
        net.init();
        return net;
    }

    private static void writeAtomically(Path target, byte[] bytes) throws IOException {
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        Files.write(temporary, bytes);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
