package dev.deepcanvas.backend.training.run;

import dev.deepcanvas.backend.results.RunResult;
import dev.deepcanvas.backend.training.DataFingerprints;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.db.run.RunStatus;

import java.util.List;

/**
 * The run as its training thread writes it: every write carries the thread's claim (so a worker that lost the run
 * writes nothing) and waits out a database that is briefly away (so a restart of the database pauses training
 * instead of failing it).
 *
 * @throws ClaimLostException           from any write, once another worker has taken the run
 * @throws DatabaseUnavailableException from any write, when the database stays away too long
 */
public final class ClaimedRun {

    private final RunClaim claim;
    private final RunRecorder recorder;
    private final DatabaseWait database;

    public ClaimedRun(RunClaim claim, RunRecorder recorder, DatabaseWait database) {
        this.claim = claim;
        this.recorder = recorder;
        this.database = database;
    }

    public RunClaim claim() {
        return claim;
    }

    public long id() {
        return claim.runId();
    }

    public RunSummary markRunning(DataFingerprints data) {
        return database.retrying(what("start"), () -> recorder.markRunning(claim, data));
    }

    public void recordIterations(List<IterationSample> samples) {
        database.retrying(what("record progress"), () -> recorder.recordIterations(claim, samples));
    }

    public RunSummary recordEpoch(int epoch, double trainLoss, HeldOutScore heldOut, List<IterationSample> samples,
                                  String checkpointFile) {
        return database.retrying(what("record epoch " + epoch),
                () -> recorder.recordEpoch(claim, epoch, trainLoss, heldOut, samples, checkpointFile));
    }

    /** An epoch with the layer statistics of its last step, written together. */
    public RunSummary recordEpoch(int epoch, double trainLoss, HeldOutScore heldOut, List<IterationSample> samples,
                                  List<NetworkStatistics> statistics, String checkpointFile) {
        return database.retrying(what("record epoch " + epoch),
                () -> recorder.recordEpoch(claim, epoch, trainLoss, heldOut, samples, statistics, checkpointFile));
    }

    public RunSummary succeed(RunResult result, int bestEpoch, String message, List<IterationSample> samples,
                              Runnable publishFiles) {
        return database.retrying(what("record the result"),
                () -> recorder.succeed(claim, result, bestEpoch, message, samples, publishFiles));
    }

    public RunSummary finish(RunStatus status, String message, List<IterationSample> samples) {
        return database.retrying(what("record its end"), () -> recorder.finish(claim, status, message, samples));
    }

    public RunSummary handBack(String message) {
        return database.retrying(what("give it back to the queue"), () -> recorder.handBack(claim, message));
    }

    private String what(String action) {
        return "run " + claim.runId() + " (" + action + ")";
    }
}
