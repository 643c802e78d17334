package dev.deepcanvas.graph.document;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * Training hyper-parameters stored with the graph. The loss lives on the output nodes.
 * Values are checked by the analyzer (a problem, not an exception), so any combination can be represented.
 */
@JsonPropertyOrder({"optimizer", "learningRate", "batchSize", "epochs", "weightInit", "l2", "seed"})
public record TrainingSettings(String optimizer, double learningRate, int batchSize, int epochs,
                               String weightInit, double l2, long seed) {

    public static final List<String> OPTIMIZERS = List.of("adam", "sgd", "nesterovs", "rmsprop", "adagrad");
    public static final List<String> WEIGHT_INITS =
            List.of("xavier", "xavier_uniform", "relu", "relu_uniform", "lecun_normal", "normal", "uniform");

    public static TrainingSettings defaults() {
        return new TrainingSettings("adam", 0.01, 16, 50, "xavier", 0.0, 42L);
    }

    /** Jackson entry point: a partial "training" object takes the defaults for whatever it leaves out. */
    @JsonCreator
    static TrainingSettings fromJson(@JsonProperty("optimizer") String optimizer,
                                     @JsonProperty("learningRate") Double learningRate,
                                     @JsonProperty("batchSize") Integer batchSize,
                                     @JsonProperty("epochs") Integer epochs,
                                     @JsonProperty("weightInit") String weightInit,
                                     @JsonProperty("l2") Double l2,
                                     @JsonProperty("seed") Long seed) {
        TrainingSettings d = defaults();
        return new TrainingSettings(
                optimizer == null ? d.optimizer() : optimizer,
                learningRate == null ? d.learningRate() : learningRate,
                batchSize == null ? d.batchSize() : batchSize,
                epochs == null ? d.epochs() : epochs,
                weightInit == null ? d.weightInit() : weightInit,
                l2 == null ? d.l2() : l2,
                seed == null ? d.seed() : seed);
    }

    public TrainingSettings withOptimizer(String value) {
        return new TrainingSettings(value, learningRate, batchSize, epochs, weightInit, l2, seed);
    }

    public TrainingSettings withLearningRate(double value) {
        return new TrainingSettings(optimizer, value, batchSize, epochs, weightInit, l2, seed);
    }

    public TrainingSettings withBatchSize(int value) {
        return new TrainingSettings(optimizer, learningRate, value, epochs, weightInit, l2, seed);
    }

    public TrainingSettings withEpochs(int value) {
        return new TrainingSettings(optimizer, learningRate, batchSize, value, weightInit, l2, seed);
    }

    public TrainingSettings withWeightInit(String value) {
        return new TrainingSettings(optimizer, learningRate, batchSize, epochs, value, l2, seed);
    }

    public TrainingSettings withL2(double value) {
        return new TrainingSettings(optimizer, learningRate, batchSize, epochs, weightInit, value, seed);
    }

    public TrainingSettings withSeed(long value) {
        return new TrainingSettings(optimizer, learningRate, batchSize, epochs, weightInit, l2, value);
    }
}
