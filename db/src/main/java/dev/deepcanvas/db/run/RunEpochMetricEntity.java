package dev.deepcanvas.db.run;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** The training loss and the held-out loss and metric (when measured) at the end of one epoch of a run. */
@Entity
@Table(name = "run_epoch_metrics")
public class RunEpochMetricEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_id", nullable = false)
    private Long runId;

    @Column(nullable = false)
    private int epoch;

    @Column(name = "train_loss", nullable = false)
    private double trainLoss;

    @Column(name = "validation_accuracy")
    private Double validationAccuracy;

    @Column(name = "validation_loss")
    private Double validationLoss;

    /** Accuracy for classification, R² for regression. */
    @Column(name = "validation_metric")
    private Double validationMetric;

    @Column(name = "recorded_at", nullable = false)
    private Instant recordedAt;

    protected RunEpochMetricEntity() {
    }

    public RunEpochMetricEntity(Long runId, int epoch, double trainLoss, Double validationAccuracy, Instant recordedAt) {
        this.runId = runId;
        this.epoch = epoch;
        this.trainLoss = trainLoss;
        this.validationAccuracy = validationAccuracy;
        this.recordedAt = recordedAt;
    }

    public RunEpochMetricEntity(Long runId, int epoch, double trainLoss, Double validationLoss,
                                Double validationAccuracy, Double validationMetric, Instant recordedAt) {
        this(runId, epoch, trainLoss, validationAccuracy, recordedAt);
        this.validationLoss = validationLoss;
        this.validationMetric = validationMetric;
    }

    public Double getValidationLoss() {
        return validationLoss;
    }

    public Double getValidationMetric() {
        return validationMetric;
    }

    public Long getRunId() {
        return runId;
    }

    public int getEpoch() {
        return epoch;
    }

    public double getTrainLoss() {
        return trainLoss;
    }

    public Double getValidationAccuracy() {
        return validationAccuracy;
    }

    public Instant getRecordedAt() {
        return recordedAt;
    }
}
