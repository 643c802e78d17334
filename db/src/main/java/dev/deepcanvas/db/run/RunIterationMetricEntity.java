package dev.deepcanvas.db.run;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;

import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * The training loss around one iteration of a run (the mean over a short window of minibatches when iterations
 * are many). Read through JPA; written in JDBC batches by the training thread.
 */
@Entity
@Table(name = "run_iteration_metrics")
@IdClass(RunIterationMetricEntity.Key.class)
public class RunIterationMetricEntity {

    @Id
    @Column(name = "run_id")
    private Long runId;

    @Id
    private long iteration;

    @Column(nullable = false)
    private int epoch;

    @Column(name = "train_loss", nullable = false)
    private double trainLoss;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected RunIterationMetricEntity() {
    }

    public RunIterationMetricEntity(Long runId, long iteration, int epoch, double trainLoss, Instant recordedAt) {
        this.runId = runId;
        this.iteration = iteration;
        this.epoch = epoch;
        this.trainLoss = trainLoss;
        this.recordedAt = recordedAt;
    }

    public Long getRunId() {
        return runId;
    }

    public long getIteration() {
        return iteration;
    }

    public int getEpoch() {
        return epoch;
    }

    public double getTrainLoss() {
        return trainLoss;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }

    /** The composite primary key (run, iteration). */
    public static class Key implements Serializable {
        private Long runId;
        private long iteration;

        public Key() {
        }

        public Key(Long runId, long iteration) {
            this.runId = runId;
            this.iteration = iteration;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(runId, k.runId) && iteration == k.iteration;
        }

        @Override
        public int hashCode() {
            return Objects.hash(runId, iteration);
        }
    }
}
