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
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.atomic.AtomicReference;

/**
 * What every training job shares: the stop request (cancel, shutdown or a lost claim, honoured between two
 * minibatches), the buffer of per-iteration metrics, the run's life cycle around {@link #train()} (running, then
 * succeeded by the job itself, or failed with a one-line reason), the messages of a stopped run, and what a job does
 * when the run stops being its own: it writes nothing more and lets the worker holding the claim carry on.
 */
public abstract class RunJobBase implements RunJob {

    private static final Logger log = LoggerFactory.getLogger(RunJobBase.class);

    protected final JobCollaborators services;
    /** The run as this job writes it: under its claim, waiting out a database that is briefly away. */
    protected final ClaimedRun run;
    private final AtomicReference<StopReason> stop = new AtomicReference<>();
    protected final MetricBuffer buffer = new MetricBuffer(System.nanoTime());
    private final int plannedEpochs;

    protected RunJobBase(RunClaim claim, int plannedEpochs, JobCollaborators services) {
        this.run = services.claimed(claim);
        this.plannedEpochs = plannedEpochs;
        this.services = services;
    }

    @Override
    public final long runId() {
        return run.id();
    }

    @Override
    public final RunClaim claim() {
        return run.claim();
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
    public final void abandon() {
        // Overrides any earlier request: nothing may be written once the run is another worker's.
        stop.set(StopReason.ABANDON);
    }

    @Override
    public final JobOutcome run() {
        try {
            if (stop.get() != null) {
                return stopped(epochsAtStart(), 0);
            }
            publish(run.markRunning(dataFingerprints()));
            return train();
        } catch (ClaimLostException e) {
            log.info("{}; this worker stops training it", e.getMessage());
            return JobOutcome.ABANDONED;
        } catch (DatabaseUnavailableException e) {
            log.warn("{}; run {} is left to whichever worker takes it once the database is back", e.getMessage(),
                    runId());
            return JobOutcome.ABANDONED;
        } catch (RuntimeException | OutOfMemoryError | IOException e) {
            log.error("Run {} failed", runId(), e);
            return failed("Training stopped with an error: " + describe(e));
        }
    }

    /** Whether the job was asked to stop (cancel, shutdown or a lost claim); the loops check it before every minibatch. */
    protected final boolean stopRequested() {
        return stop.get() != null;
    }

    /** Fingerprints of the exact arrays the job trains on and scores with, recorded as the run starts. */
    protected abstract DataFingerprints dataFingerprints();

    /** Trains, publishing progress; ends the run itself when it succeeds or stops, and says how it left it. */
    protected abstract JobOutcome train() throws IOException;

    /** What an interrupted run tells the user about resuming it, after "DeepCanvas stopped after … epochs. ". */
    protected abstract String resumeAdvice(int epochsDone);

    /**
     * Whether another worker can continue this run from its checkpoint. A worker of a cluster that stops gives such
     * a run back to the queue; any other run is left interrupted, as a single process leaves every run.
     */
    protected abstract boolean resumesFromCheckpoint();

    /** Epochs the run had when this job took it (those of the checkpoint it resumes from); 0 by default. */
    protected int epochsAtStart() {
        return 0;
    }

    /** Called when a run was cancelled or failed: clean-up of files only an unfinished run needs. */
    protected void afterFailure() {
    }

    /** The sentence that tells what the model was too big for, when memory ran out. */
    protected String tooBigForMemory() {
        return "the model did not fit in memory. Make it smaller or lower the batch size.";
    }

    /** Ends the run as failed with {@code message}, unless the run is no longer this job's to end. */
    protected final JobOutcome failed(String message) {
        try {
            publish(run.finish(RunStatus.FAILED, message, buffer.drain()));
            afterFailure();
            return JobOutcome.ENDED;
        } catch (ClaimLostException | DatabaseUnavailableException e) {
            log.warn("Run {} failed, but its end could not be recorded here: {}", runId(), e.getMessage());
            return JobOutcome.ABANDONED;
        }
    }

    /**
     * Ends the job as the stop request says: cancelled; for shutdown, interrupted (resumable) in a single process and
     * handed back to the queue in a cluster; or, for a lost claim, without writing anything.
     */
    protected final JobOutcome stopped(int epochsDone, int epochInProgress) {
        StopReason reason = stop.get();
        if (reason == StopReason.ABANDON) {
            log.info("Run {} is no longer this worker's; it stops training it without writing", runId());
            return JobOutcome.ABANDONED;
        }
        String during = epochInProgress > 0 ? ", during epoch " + epochInProgress : "";
        if (reason == StopReason.SHUTDOWN) {
            if (services.deployment().clustered() && resumesFromCheckpoint()) {
                publish(run.handBack("Worker " + run.claim().worker() + " stopped after " + epochsDone + " of "
                        + plannedEpochs + " epochs" + during + "; the next free worker continues from "
                        + (epochsDone == 0 ? "the start." : "the checkpoint after epoch " + epochsDone + ".")));
                return JobOutcome.HANDED_BACK;
            }
            publish(run.finish(RunStatus.INTERRUPTED, "DeepCanvas stopped after " + epochsDone + " of "
                    + plannedEpochs + " epochs" + during + ". " + resumeAdvice(epochsDone), buffer.drain()));
            return JobOutcome.ENDED;
        }
        afterFailure();
        String message = epochInProgress == 0 ? "Cancelled before it started."
                : "Cancelled after " + epochsDone + " of " + plannedEpochs + " epochs" + during + ".";
        publish(run.finish(RunStatus.CANCELLED, message, buffer.drain()));
        return JobOutcome.ENDED;
    }

    protected final void publish(RunSummary summary) {
        publish(summary.toUpdate());
    }

    protected final void publish(RunUpdate update) {
        services.events().publish(update);
    }

    /** Writes next to the target, under a name of this claim, and returns the complete temporary file. */
    protected final Path writeModelBeside(ComputationGraph model, Path target, boolean withUpdater)
            throws IOException {
        Files.createDirectories(target.getParent());
        Path temporary = target.resolveSibling(target.getFileName() + ".claim-" + run.claim().number() + ".tmp");
        ModelSerializer.writeModel(model, temporary.toFile(), withUpdater);
        return temporary;
    }

    /**
     * Moves a finished file into place by renaming, so a reader never sees half a file. Moving it again finds it in
     * place and does nothing (a write repeated after a lost connection).
     */
    protected static void moveIntoPlace(Path temporary, Path target) {
        if (!Files.exists(temporary) && Files.exists(target)) {
            return;
        }
        try {
            Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not put " + target + " in place", e);
        }
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
