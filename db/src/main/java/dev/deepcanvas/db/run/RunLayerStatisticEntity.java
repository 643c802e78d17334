package dev.deepcanvas.db.run;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * How one layer of a run's network stood and moved at one measured step (every epoch's last, and every N-th where
 * the run asked for it): its parameters' mean and standard deviation, its gradient's L2 norm, and the norms of its
 * update and of its parameters before the update (their ratio is the update-to-parameter ratio).
 */
@Entity
@Table(name = "run_layer_statistics")
public class RunLayerStatisticEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "run_id", nullable = false)
    private Long runId;

    @Column(nullable = false)
    private int epoch;

    /** MODEL, GENERATOR or DISCRIMINATOR. */
    /** The run's count of steps taken when this one ended, from 1; null on rows recorded before V10. */
    private Long step;

    @Column(name = "network_role", nullable = false, length = 16)
    private String network;

    @Column(name = "layer_position", nullable = false)
    private int position;

    @Column(name = "layer_name", nullable = false)
    private String layerName;

    @Column(name = "parameter_count", nullable = false)
    private long parameters;

    @Column(name = "param_mean", nullable = false)
    private double mean;

    @Column(name = "param_std", nullable = false)
    private double std;

    @Column(name = "gradient_norm", nullable = false)
    private double gradientNorm;

    @Column(name = "update_norm", nullable = false)
    private double updateNorm;

    @Column(name = "param_norm", nullable = false)
    private double parameterNorm;

    protected RunLayerStatisticEntity() {
    }

    public RunLayerStatisticEntity(Long runId, int epoch, Long step, String network, int position, String layerName,
                                   long parameters, double mean, double std, double gradientNorm, double updateNorm,
                                   double parameterNorm) {
        this.runId = runId;
        this.epoch = epoch;
        this.step = step;
        this.network = network;
        this.position = position;
        this.layerName = layerName;
        this.parameters = parameters;
        this.mean = mean;
        this.std = std;
        this.gradientNorm = gradientNorm;
        this.updateNorm = updateNorm;
        this.parameterNorm = parameterNorm;
    }

    public Long getRunId() {
        return runId;
    }

    public int getEpoch() {
        return epoch;
    }

    public Long getStep() {
        return step;
    }

    public String getNetwork() {
        return network;
    }

    public int getPosition() {
        return position;
    }

    public String getLayerName() {
        return layerName;
    }

    public long getParameters() {
        return parameters;
    }

    public double getMean() {
        return mean;
    }

    public double getStd() {
        return std;
    }

    public double getGradientNorm() {
        return gradientNorm;
    }

    public double getUpdateNorm() {
        return updateNorm;
    }

    public double getParameterNorm() {
        return parameterNorm;
    }
}
