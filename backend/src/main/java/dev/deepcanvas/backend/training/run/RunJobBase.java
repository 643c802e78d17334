package dev.deepcanvas.backend.training.run;

import dev.deepcanvas.backend.training.DataFingerprints;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.backend.training.RunUpdate;
import dev.deepcanvas.db.run.RunStatus;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What every training job shares: the stop request (cancel or shutdown, honoured between two minibatches), the
 * buffer of per-iteration metrics, the run's life cycle around {@link #train()} (running, then succeeded by the
 * job itself, or failed with a one-line reason) and the messages of a stopped run.
 */
public abstract class RunJobBase implements RunJob {

    private static final Logger log = LoggerFactory.getLogger(RunJobBase.class);

    protected final JobCollaborators services;
    private final AtomicReference<StopReason> stop = new AtomicReference<>();
    protected final MetricBuffer buffer = new MetricBuffer(System.nanoTime());
    private final long runId;
    private final int plannedEpochs;

    protected RunJobBase(long runId, int plannedEpochs, JobCollaborators services) {
        this.runId = runId;
        this.plannedEpochs = plannedEpochs;
        this.services = services;
    }

    @Override
    public final long runId() {
        return runId;
    }

    @Override
    public final void cancel() {
        stop.compareAndSet(null, StopReason.CANCEL);
    }

    @Override
    public final void interrupt() {
        stop.compareAndSet(null, StopReason.SHUTDOWN);
    }

    @Override
    public final void run() {
        if (stop.get() != null) {
            publish(stopped(epochsKeptWhenStoppedWhileQueued(), 0));
            return;
        }
        try {
            publish(services.recorder().markRunning(runId, dataFingerprints()));
            train();
        } catch (RuntimeException | OutOfMemoryError | IOException e) {
            log.error("Run {} failed", runId, e);
            publish(services.recorder().finish(runId, RunStatus.FAILED,
                    "Training stopped with an error: " + describe(e), buffer.drain()));
            afterFailure();
        }
    }

    /** Whether the job was asked to stop (cancel or shutdown); the loops check it before every minibatch. */
    protected final boolean stopRequested() {
        return stop.get() != null;
    }

    /** Fingerprints of the exact arrays the job trains on and scores with, recorded as the run starts. */
    protected abstract DataFingerprints dataFingerprints();

    /** Trains, publishing progress; ends the run itself when it succeeds or stops. */
    protected abstract void train() throws IOException;

    /** What an interrupted run tells the user about resuming it, after "DeepCanvas stopped after … epochs. ". */
    protected abstract String resumeAdvice(int epochsDone);

    /** Epochs a run stopped before it began still has to show (a resumed run's checkpoint); 0 by default. */
    protected int epochsKeptWhenStoppedWhileQueued() {
        return 0;
    }

    /** Called when a run was cancelled or failed: clean-up of files only an unfinished run needs. */
    protected void afterFailure() {
    }

    /** The sentence that tells what the model was too big for, when memory ran out. */
    protected String tooBigForMemory() {
        return "the model did not fit in memory. Make it smaller or lower the batch size.";
    }

    /** Ends the run as interrupted (resumable) or cancelled, as the stop request says. */
    protected final RunSummary stopped(int epochsDone, int epochInProgress) {
        String during = epochInProgress > 0 ? ", during epoch " + epochInProgress : "";
        if (stop.get() == StopReason.SHUTDOWN) {
            return services.recorder().finish(runId, RunStatus.INTERRUPTED, "DeepCanvas stopped after "
                    + epochsDone + " of " + plannedEpochs + " epochs" + during + ". " + resumeAdvice(epochsDone),
                    buffer.drain());
        }
        afterFailure();
        String message = epochInProgress == 0 ? "Cancelled before it started."
                : "Cancelled after " + epochsDone + " of " + plannedEpochs + " epochs" + during + ".";
        return services.recorder().finish(runId, RunStatus.CANCELLED, message, buffer.drain());
    }

    protected final void publish(RunSummary summary) {
        publish(summary.toUpdate());
    }

    protected final void publish(RunUpdate update) {
        services.events().publish(update);
    }

    /** Writes next to the target and renames, so a reader never sees half a file. */
    protected static void writeModel(ComputationGraph model, Path target, boolean withUpdater) throws IOException {
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling(target.getFileName() + ".tmp");
        ModelSerializer.writeModel(model, temporary.toFile(), withUpdater);
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }

    private String describe(Throwable e) {
        if (e instanceof OutOfMemoryError) {
            return tooBigForMemory();
        }
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : firstLine(message);
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        String line = newline < 0 ? text : text.substring(0, newline);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
