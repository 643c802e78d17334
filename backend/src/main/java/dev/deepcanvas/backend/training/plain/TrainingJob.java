package dev.deepcanvas.backend.training.plain;

import dev.deepcanvas.backend.dataset.DatasetPart;
import dev.deepcanvas.backend.dataset.DatasetSplit;
import dev.deepcanvas.backend.results.ResultEvaluator;
import dev.deepcanvas.backend.results.RunResult;
import dev.deepcanvas.backend.training.DataFingerprint;
import dev.deepcanvas.backend.training.DataFingerprints;
import dev.deepcanvas.backend.training.EarlyStopping;
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
import dev.deepcanvas.backend.training.run.ProgressThrottle;
import dev.deepcanvas.backend.training.run.RunJobBase;
import dev.deepcanvas.graph.dl4j.NativeSeed;
import dev.deepcanvas.graph.dl4j.FastTraining;
import dev.deepcanvas.graph.dl4j.NetworkFit;
import dev.deepcanvas.graph.dl4j.TrainingThreads;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Trains one run on the training executor. It drives the minibatch loop itself rather than handing DL4J an
 * iterator: DL4J's fit loop ignores thread interrupts, and this way a cancel, a shutdown or a diverging loss
 * stops training between two minibatches, mid-epoch, instead of at the end of a possibly long epoch.
 */
final class TrainingJob extends RunJobBase {

    private static final Logger log = LoggerFactory.getLogger(TrainingJob.class);

    private final RunPlan plan;
    private final CheckpointStore checkpoints;

    TrainingJob(RunPlan plan, JobCollaborators services, CheckpointStore checkpoints) {
        super(plan.claim(), plan.hyperparameters().epochs(), services);
        this.plan = plan;
        this.checkpoints = checkpoints;
    }

    /** A resumed run stopped before it began still has its checkpoint: say where it would continue from. */
    @Override
    protected int epochsAtStart() {
        return plan.resume() ? checkpoints.readState(plan.runId(), plan.checkpointFile()).map(Checkpoint::epoch)
                .orElse(0) : 0;
    }

    /** An interrupted run is resumable from its last checkpoint. */
    @Override
    protected String resumeAdvice(int epochsDone) {
        return "Resume the run to continue from "
                + (epochsDone == 0 ? "the start." : "the checkpoint after epoch " + epochsDone + ".");
    }

    @Override
    protected boolean resumesFromCheckpoint() {
        return true;
    }

    /** The parts as the compiled graph takes them: features in input order, then labels in output order. */
    @Override
    protected DataFingerprints dataFingerprints() {
        return new DataFingerprints(fingerprint(plan.data().part(DatasetPart.TRAIN).orElseThrow()),
                plan.data().part(DatasetPart.VALIDATION).map(this::fingerprint).orElse(null),
                plan.data().part(DatasetPart.TEST).map(this::fingerprint).orElse(null));
    }

    private DataFingerprint fingerprint(DatasetSplit split) {
        MultiDataSet arrays = plan.arrays().of(split);
        List<INDArray> all = new ArrayList<>(List.of(arrays.getFeatures()));
        all.addAll(List.of(arrays.getLabels()));
        return DataFingerprint.of(all);
    }

    @Override
    protected JobOutcome train() throws IOException {
        Start start = start();
        // spreads each step over the cores this run may use (data-parallel parts or threads inside operations)
        try (NetworkFit fitter = TrainingThreads.of(start.net());
             EpochStatistics statistics = new EpochStatistics(start.net(),
                     plan.hyperparameters().layerStatisticsEvery())) {
            return train(start, fitter, statistics);
        }
    }

    private JobOutcome train(Start start, NetworkFit fitter, EpochStatistics statistics) throws IOException {
        Hyperparameters hp = plan.hyperparameters();
        ComputationGraph net = start.net();

        // The prepared dataset is shared between runs: batches are gathered copies, the shared arrays stay as they are.
        Minibatches train = new Minibatches(plan.arrays().of(plan.data().part(DatasetPart.TRAIN).orElseThrow()));
        long perEpoch = train.perEpoch(hp.batchSize());
        long planned = perEpoch * hp.epochs();
        long iteration = start.checkpoint().iteration();
        int epochsDone = start.checkpoint().epoch();

        // Epoch figures (and early stopping) use the validation part where there is one: the test part stays unseen.
        DatasetSplit heldOut = plan.data().part(DatasetPart.VALIDATION)
                .orElseGet(() -> plan.data().part(DatasetPart.TEST).orElseThrow());
        HeldOutScorer scorer = new HeldOutScorer(plan.arrays().of(heldOut), plan.task());
        EarlyStopper earlyStopper = new EarlyStopper(hp.earlyStopping(), start.checkpoint().earlyStopping());
        String bestFile = start.checkpoint().bestFile();
        DivergenceDetector divergence = new DivergenceDetector();
        IterationSampler sampler = new IterationSampler(perEpoch);
        ProgressThrottle throttle = new ProgressThrottle(ProgressThrottle.PROGRESS_INTERVAL_MILLIS);
        EtaEstimator eta = new EtaEstimator(System.nanoTime(), iteration, planned);
        CoreUse cores = new CoreUse(services.steps(), plan.runId(), Map.of("network", fitter));
        RunUpdate last = null;

        while (epochsDone < hp.epochs()) {
            int epoch = epochsDone + 1;
            double lossSum = 0;
            int batches = 0;
            // Seeded by epoch, so a resumed run sees the same order an uninterrupted one would have.
            for (MultiDataSet batch : train.epoch(hp.seed() + epoch, hp.batchSize())) {
                if (stopRequested()) {
                    return stopped(epochsDone, epoch);
                }
                // the epoch's last step is always measured (resumed runs start at an epoch's beginning, so it is
                // always seen), every N-th too where the run asked for it
                statistics.armIf(statistics.measures(iteration + 1, batches == perEpoch - 1));
                fitter.fit(batch);
                iteration++;
                cores.afterStep(iteration);
                statistics.collectIfArmed(iteration);
                double loss = net.score();
                String diverged = divergence.check(loss, epoch, hp.learningRate());
                if (diverged != null) {
                    return failed(diverged);
                }
                lossSum += loss;
                batches++;
                buffer.add(sampler.add(iteration, epoch, loss));
                long now = System.nanoTime();
                services.steps().stepped(plan.runId(), iteration, now);
                if (buffer.isDue(now)) {
                    run.recordIterations(buffer.drain(now));
                }
                if (throttle.tryPass(now)) {
                    publish(progress(last, epochsDone, iteration, planned, eta.secondsLeft(iteration, now), loss));
                }
            }
            net.incrementEpochCount();
            buffer.add(sampler.flush(iteration, epoch));
            double epochLoss = lossSum / Math.max(1, batches);
            HeldOutScore score = scorer.score(net);
            if (earlyStopper.record(epoch, score) && earlyStopper.enabled()) {
                bestFile = checkpoints.saveBest(run.claim(), epoch, net);
            }
            // The checkpoint is written first under a name of its own; the epoch's figures and that name are then
            // recorded together, so the run's row never names a checkpoint other than the one after its last epoch.
            String checkpoint = checkpoints.save(run.claim(), net,
                    new Checkpoint(epoch, iteration, earlyStopper.state(), bestFile));
            RunSummary summary = run.recordEpoch(epoch, epochLoss, score, buffer.drain(), statistics.take(),
                    checkpoint);
            keepOnly(checkpoint, bestFile);
            epochsDone = epoch;
            last = withProgress(summary, score, iteration, planned, eta.secondsLeft(iteration, System.nanoTime()));
            publish(last);
            if (earlyStopper.shouldStop()) {
                break;
            }
        }
        return finishSuccessfully(net, earlyStopper, epochsDone, bestFile);
    }

    private JobOutcome finishSuccessfully(ComputationGraph net, EarlyStopper earlyStopper, int epochsDone,
                                          String bestFile) throws IOException {
        long runId = plan.runId();
        ComputationGraph model = net;
        int bestEpoch = epochsDone;
        String message = null;
        if (earlyStopper.enabled()) {
            model = checkpoints.restoreBest(runId, bestFile).orElse(net);
            bestEpoch = earlyStopper.state().bestEpoch();
            if (epochsDone < plan.hyperparameters().epochs()) {
                message = "Stopped early after epoch " + epochsDone + ": the held-out "
                        + (plan.hyperparameters().earlyStopping().monitor() == EarlyStopping.Monitor.VALIDATION_LOSS
                        ? "loss" : "accuracy") + " had not improved for "
                        + plan.hyperparameters().earlyStopping().patience() + " epochs. The model kept is the one "
                        + "from epoch " + bestEpoch + ".";
            }
        }
        Path target = services.files().model(runId);
        Path written = writeModelBeside(model, target, true);
        RunResult result = ResultEvaluator.evaluate(runId, model, plan.data(), plan.arrays(), plan.task(),
                plan.hyperparameters().seed());
        publish(run.succeed(result, bestEpoch, message, buffer.drain(), () -> moveIntoPlace(written, target)));
        discardCheckpoints();
        return JobOutcome.ENDED;
    }

    /** Fresh weights, or the weights and bookkeeping of the claimed checkpoint when resuming. */
    private Start start() throws IOException {
        long runId = plan.runId();
        if (plan.resume()) {
            var saved = checkpoints.readState(runId, plan.checkpointFile());
            if (saved.isPresent()) {
                return new Start(FastTraining.prepare(checkpoints.restore(runId, plan.checkpointFile())),
                        saved.get());
            }
            // The worker that claimed the run saw the file; it vanished since (deleted by hand?): nothing to
            // continue from, and starting over would contradict the recorded epochs.
            throw new IllegalStateException("its checkpoint " + plan.checkpointFile() + " disappeared from "
                    + services.files().folder(runId) + "; start a new run");
        }
        NativeSeed.seedNd4j(plan.hyperparameters().seed());
        ComputationGraph net = new ComputationGraph(plan.compiled().configuration());
        net.init();
        return new Start(FastTraining.prepare(net), new Checkpoint(0, 0, EarlyStopper.State.initial(), null));
    }

    private record Start(ComputationGraph net, Checkpoint checkpoint) {
    }

    private RunUpdate progress(RunUpdate lastEpoch, int epochsDone, long iteration, long planned, Long eta,
                               double loss) {
        int epochs = plan.hyperparameters().epochs();
        if (lastEpoch == null) {
            return new RunUpdate(plan.runId(), RunState.RUNNING, epochsDone, epochs, null, null, null, iteration,
                    planned, eta, loss, null, null);
        }
        return new RunUpdate(plan.runId(), RunState.RUNNING, epochsDone, epochs, lastEpoch.loss(),
                lastEpoch.accuracy(), null, iteration, planned, eta, loss, lastEpoch.validationLoss(),
                lastEpoch.metric());
    }

    private static RunUpdate withProgress(RunSummary summary, HeldOutScore score, long iteration, long planned,
                                          Long eta) {
        // The stored accuracy is the final one; while running, watchers see the latest held-out figures.
        return new RunUpdate(summary.id(), summary.status(), summary.epochsCompleted(), summary.epochsPlanned(),
                summary.finalLoss(), score.accuracy(), summary.message(), iteration, planned, eta, null,
                score.loss(), score.metric());
    }

    @Override
    protected void afterFailure() {
        discardCheckpoints();
    }

    /** Older checkpoints are no longer named by the run's row: only the newest one can be resumed from. */
    private void keepOnly(String checkpoint, String bestFile) {
        try {
            checkpoints.keepOnly(plan.runId(), checkpoint, bestFile);
        } catch (IOException e) {
            // Only disk space is at stake; the run's row names the checkpoint that counts.
            log.warn("Could not remove older checkpoints of run {}", plan.runId(), e);
        }
    }

    private void discardCheckpoints() {
        try {
            checkpoints.discard(plan.runId());
        } catch (IOException e) {
            // Only disk space is at stake; the run's outcome is already recorded.
            log.warn("Could not remove the checkpoint of run {}", plan.runId(), e);
        }
    }
}
