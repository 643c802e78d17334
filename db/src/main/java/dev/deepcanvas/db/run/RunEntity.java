package dev.deepcanvas.db.run;

import dev.deepcanvas.db.schema.LongText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/**
 * A training run: an immutable snapshot of what was trained (graph document, dataset, hyperparameters, seed)
 * plus its mutable progress (status, epochs completed, results).
 */
@Entity
@Table(name = "training_runs")
public class RunEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "graph_id")
    private Long graphId;

    /** Who started the run; null only for runs made before accounts existed (the first account adopts them). */
    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "graph_version")
    private Integer graphVersion;

    @Column(name = "graph_name", nullable = false, length = 200)
    private String graphName;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(name = "graph_document", nullable = false, columnDefinition = LongText.COLUMN)
    private String graphDocument;

    @Column(name = "dataset_id", nullable = false, length = 100)
    private String datasetId;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(nullable = false, columnDefinition = LongText.COLUMN)
    private String hyperparameters;

    @Column(nullable = false)
    private long seed;

    // Stored as text: readable in the database and independent of the enum's order.
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 20)
    private RunStatus status;

    @Column(length = 2000)
    private String message;

    @Column(name = "epochs_planned", nullable = false)
    private int epochsPlanned;

    @Column(name = "epochs_completed", nullable = false)
    private int epochsCompleted;

    @Column(name = "final_loss")
    private Double finalLoss;

    private Double accuracy;

    /** CLASSIFICATION or REGRESSION; null for runs stored before the task was recorded. */
    @Column(length = 20)
    private String task;

    @Column(name = "final_metric")
    private Double finalMetric;

    @Column(name = "best_epoch")
    private Integer bestEpoch;

    /** SHA-256 (hex) of the training part's arrays as the network took them; null before the run started. */
    @Column(name = "train_sha256", length = 64)
    private String trainSha256;

    @Column(name = "train_rows")
    private Integer trainRows;

    /** Null when the dataset has no validation part (and for runs that never started). */
    @Column(name = "validation_sha256", length = 64)
    private String validationSha256;

    @Column(name = "validation_rows")
    private Integer validationRows;

    /** Null for a GAN, which is judged by its samples and never tested (and for runs that never started). */
    @Column(name = "test_sha256", length = 64)
    private String testSha256;

    @Column(name = "test_rows")
    private Integer testRows;

    @Column(name = "app_version", length = 50)
    private String appVersion;

    @Column(name = "nd4j_backend", length = 200)
    private String nd4jBackend;

    /** The worker that trains the run, or trained it last; null until a worker takes it (and before V7). */
    @Column(name = "worker_id", length = 50)
    private String workerId;

    /**
     * Raised by every worker that takes the run. A worker writes only while the run's claim is the one it took, so
     * a worker that lost the run (declared dead, yet alive) cannot write over the one that took it over.
     */
    @Column(nullable = false)
    private int claim;

    /** The user asked to cancel the run (on any web node); the worker training it stops at its next minibatch. */
    @Column(name = "stop_requested", nullable = false)
    private boolean stopRequested;

    /** The checkpoint file in the run's folder that matches {@code epochsCompleted}; null before the first. */
    @Column(name = "checkpoint_file", length = 100)
    private String checkpointFile;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "started_at")
    private Instant startedAt;

    @Column(name = "finished_at")
    private Instant finishedAt;

    /** Training time actually spent, summed over every stretch the run trained (a resumed run adds its new one). */
    @Column(name = "training_millis", nullable = false)
    private long trainingMillis;

    /** When the stretch in progress began or was last counted into {@link #trainingMillis}; null when not training. */
    @Column(name = "trained_since")
    private Instant trainedSince;

    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected RunEntity() {
    }

    public RunEntity(Long graphId, Integer graphVersion, String graphName, String graphDocument, String datasetId,
                     String hyperparameters, long seed, int epochsPlanned, Instant createdAt, String task) {
        this(graphId, graphVersion, graphName, graphDocument, datasetId, hyperparameters, seed, epochsPlanned,
                createdAt);
        this.task = task;
    }

    public RunEntity(Long graphId, Integer graphVersion, String graphName, String graphDocument, String datasetId,
                     String hyperparameters, long seed, int epochsPlanned, Instant createdAt) {
        this.graphId = graphId;
        this.graphVersion = graphVersion;
        this.graphName = graphName;
        this.graphDocument = graphDocument;
        this.datasetId = datasetId;
        this.hyperparameters = hyperparameters;
        this.seed = seed;
        this.epochsPlanned = epochsPlanned;
        this.createdAt = createdAt;
        this.status = RunStatus.QUEUED;
    }

    /** The run starts training, for the first time or again after an interruption (its first start is kept). */
    public void markRunning(Instant now) {
        this.status = RunStatus.RUNNING;
        if (this.startedAt == null) {
            this.startedAt = now;
        }
        this.trainedSince = now;
    }

    /**
     * A finished epoch; the time since the stretch began (or since the last epoch) counts as training time, so a
     * crash loses at most the epoch in progress and never counts the time the app was down.
     */
    public void recordEpoch(int epochsCompleted, double loss, Instant now) {
        this.epochsCompleted = epochsCompleted;
        this.finalLoss = loss;
        countTrainingUntil(now);
    }

    private void countTrainingUntil(Instant now) {
        if (trainedSince != null && now.isAfter(trainedSince)) {
            trainingMillis += java.time.Duration.between(trainedSince, now).toMillis();
        }
        trainedSince = trainedSince == null ? null : now;
    }

    /** An epoch and the checkpoint that holds the weights after it, recorded together. */
    public void recordEpoch(int epochsCompleted, double loss, String checkpointFile, Instant now) {
        recordEpoch(epochsCompleted, loss, now);
        this.checkpointFile = checkpointFile;
    }

    /**
     * A worker takes the queued run, or takes over a running one whose worker stopped: the claim goes up, so that
     * the previous worker, should it still live, can no longer write to the run.
     *
     * @return the new claim, which the worker presents with every write
     */
    public int claimFor(String worker, Instant now) {
        if (status != RunStatus.QUEUED && status != RunStatus.RUNNING) {
            throw new IllegalStateException("only queued or running runs can be claimed, this one is " + status);
        }
        this.claim++;
        this.workerId = worker;
        this.message = null;
        markRunning(now);
        return claim;
    }

    /** Whether {@code claimed} is still the claim of this run: the worker that holds it may write. */
    public boolean isClaimedWith(int claimed) {
        return claim == claimed;
    }

    /**
     * A worker that stops (shut down, or cut off from the database) gives the run back to the queue; the next
     * worker continues from the checkpoint after {@code epochsCompleted} epochs.
     */
    public void handBack(String message) {
        if (status != RunStatus.RUNNING && status != RunStatus.QUEUED) {
            throw new IllegalStateException("only a queued or running run can be handed back, this one is " + status);
        }
        this.status = RunStatus.QUEUED;
        this.message = message;
        // the epoch in progress is lost with the worker: its time is not training time that shows in the result
        this.trainedSince = null;
    }

    /**
     * Forgets the recorded progress of a run that has nothing to continue from (its checkpoint is gone), so that it
     * trains from the start and records every epoch once.
     */
    public void resetProgress() {
        this.epochsCompleted = 0;
        this.finalLoss = null;
        this.checkpointFile = null;
    }

    /** Asks the worker training this run to cancel it. */
    public void requestStop() {
        this.stopRequested = true;
    }

    /**
     * Puts an interrupted run back in the queue to continue from its checkpoint after {@code epochsKept} epochs;
     * the snapshot (graph, dataset, hyperparameters) is untouched.
     */
    public void requeue(int epochsKept) {
        if (status != RunStatus.INTERRUPTED) {
            throw new IllegalStateException("only interrupted runs can be resumed, this one is " + status);
        }
        this.status = RunStatus.QUEUED;
        this.message = null;
        this.finishedAt = null;
        this.trainedSince = null;
        this.stopRequested = false;
        this.epochsCompleted = epochsKept;
        if (epochsKept == 0) {
            this.checkpointFile = null;
        }
    }

    /** The software that queued or trained the run: the DeepCanvas version and ND4J's back end. */
    public void recordSoftware(String appVersion, String nd4jBackend) {
        this.appVersion = appVersion;
        this.nd4jBackend = nd4jBackend;
    }

    /**
     * Fingerprints of the data the run trains and is scored on: the hex SHA-256 and the row count of its train,
     * validation and test parts. A part it does not use gets nulls.
     */
    public void recordData(String trainSha256, Integer trainRows, String validationSha256, Integer validationRows,
                           String testSha256, Integer testRows) {
        this.trainSha256 = trainSha256;
        this.trainRows = trainRows;
        this.validationSha256 = validationSha256;
        this.validationRows = validationRows;
        this.testSha256 = testSha256;
        this.testRows = testRows;
    }

    /** The held-out figures of the final model; {@code accuracy} stays null for regression. */
    public void recordFinalMetrics(Double accuracy, Double finalMetric, Integer bestEpoch) {
        this.accuracy = accuracy;
        this.finalMetric = finalMetric;
        this.bestEpoch = bestEpoch;
    }

    public void finish(RunStatus terminal, String message, Instant now) {
        if (!terminal.isTerminal()) {
            throw new IllegalArgumentException("not a terminal status: " + terminal);
        }
        countTrainingUntil(now);
        this.trainedSince = null;
        this.status = terminal;
        this.message = message;
        this.finishedAt = now;
    }

    public void finish(RunStatus terminal, String message, Double accuracy, Instant now) {
        if (!terminal.isTerminal()) {
            throw new IllegalArgumentException("not a terminal status: " + terminal);
        }
        countTrainingUntil(now);
        this.trainedSince = null;
        this.status = terminal;
        this.message = message;
        this.accuracy = accuracy;
        this.finishedAt = now;
    }

    public Long getId() {
        return id;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void assignOwner(Long owner) {
        this.ownerId = owner;
    }

    public Long getGraphId() {
        return graphId;
    }

    public Integer getGraphVersion() {
        return graphVersion;
    }

    public String getGraphName() {
        return graphName;
    }

    public String getGraphDocument() {
        return graphDocument;
    }

    public String getDatasetId() {
        return datasetId;
    }

    public String getHyperparameters() {
        return hyperparameters;
    }

    public long getSeed() {
        return seed;
    }

    public RunStatus getStatus() {
        return status;
    }

    public String getMessage() {
        return message;
    }

    public int getEpochsPlanned() {
        return epochsPlanned;
    }

    public int getEpochsCompleted() {
        return epochsCompleted;
    }

    public Double getFinalLoss() {
        return finalLoss;
    }

    public Double getAccuracy() {
        return accuracy;
    }

    public String getTask() {
        return task;
    }

    public Double getFinalMetric() {
        return finalMetric;
    }

    public Integer getBestEpoch() {
        return bestEpoch;
    }

    public String getTrainSha256() {
        return trainSha256;
    }

    public Integer getTrainRows() {
        return trainRows;
    }

    public String getValidationSha256() {
        return validationSha256;
    }

    public Integer getValidationRows() {
        return validationRows;
    }

    public String getTestSha256() {
        return testSha256;
    }

    public Integer getTestRows() {
        return testRows;
    }

    public String getAppVersion() {
        return appVersion;
    }

    public String getNd4jBackend() {
        return nd4jBackend;
    }

    public String getWorkerId() {
        return workerId;
    }

    public int getClaim() {
        return claim;
    }

    public boolean isStopRequested() {
        return stopRequested;
    }

    public String getCheckpointFile() {
        return checkpointFile;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getStartedAt() {
        return startedAt;
    }

    /** Training time actually spent: every stretch the run trained, up to its last recorded epoch or its end. */
    public java.time.Duration getTrainingTime() {
        return java.time.Duration.ofMillis(trainingMillis);
    }

    public Instant getFinishedAt() {
        return finishedAt;
    }
}
