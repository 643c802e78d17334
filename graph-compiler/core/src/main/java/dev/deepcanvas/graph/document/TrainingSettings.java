package dev.deepcanvas.graph.document;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * Training hyper-parameters stored with the graph. The loss lives on the output nodes.
 * Values are checked by the analyzer (a problem, not an exception), so any combination can be represented.
 *
 * <p>The two optional settings exist for GANs, whose standard recipe (DCGAN) needs them, and are left out of the
 * JSON when unset so that documents written before they existed read and write back unchanged:
 * {@code beta1} is Adam's first-moment decay (null: DL4J's 0.9; GANs train more stably with 0.5, because a
 * momentum that remembers less follows the moving target of the other network) and
 * {@code discriminatorLearningRate} is the discriminator's own learning rate in a GAN (null: {@code learningRate},
 * which then is the generator's).
 */
@JsonPropertyOrder({"optimizer", "learningRate", "batchSize", "epochs", "weightInit", "l2", "seed", "beta1",
        "discriminatorLearningRate"})
public record TrainingSettings(String optimizer, double learningRate, int batchSize, int epochs,
                               String weightInit, double l2, long seed,
                               @JsonInclude(JsonInclude.Include.NON_NULL) Double beta1,
                               @JsonInclude(JsonInclude.Include.NON_NULL) Double discriminatorLearningRate) {

    public static final List<String> OPTIMIZERS = List.of("adam", "sgd", "nesterovs", "rmsprop", "adagrad");
    public static final List<String> WEIGHT_INITS =
            List.of("xavier", "xavier_uniform", "relu", "relu_uniform", "lecun_normal", "normal", "uniform");
    /** Adam's β1 when the document does not set one (DL4J's and the Adam paper's default). */
    public static final double DEFAULT_BETA1 = 0.9;

    /** The settings without the optional GAN settings. */
    public TrainingSettings(String optimizer, double learningRate, int batchSize, int epochs, String weightInit,
                            double l2, long seed) {
        this(optimizer, learningRate, batchSize, epochs, weightInit, l2, seed, null, null);
    }

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
                                     @JsonProperty("seed") Long seed,
                                     @JsonProperty("beta1") Double beta1,
                                     @JsonProperty("discriminatorLearningRate") Double discriminatorLearningRate) {
        TrainingSettings d = defaults();
        return new TrainingSettings(
                optimizer == null ? d.optimizer() : optimizer,
                learningRate == null ? d.learningRate() : learningRate,
                batchSize == null ? d.batchSize() : batchSize,
                epochs == null ? d.epochs() : epochs,
                weightInit == null ? d.weightInit() : weightInit,
                l2 == null ? d.l2() : l2,
                seed == null ? d.seed() : seed,
                beta1,
                discriminatorLearningRate);
    }

    /** Adam's β1 this run uses: the document's, else {@link #DEFAULT_BETA1}. */
    public double effectiveBeta1() {
        return beta1 == null ? DEFAULT_BETA1 : beta1;
    }

    /** The learning rate of a GAN's discriminator: its own when set, else the shared one. */
    public double effectiveDiscriminatorLearningRate() {
        return discriminatorLearningRate == null ? learningRate : discriminatorLearningRate;
    }

    public TrainingSettings withOptimizer(String value) {
        return new TrainingSettings(value, learningRate, batchSize, epochs, weightInit, l2, seed, beta1,
                discriminatorLearningRate);
    }

    public TrainingSettings withLearningRate(double value) {
        return new TrainingSettings(optimizer, value, batchSize, epochs, weightInit, l2, seed, beta1,
                discriminatorLearningRate);
    }

    public TrainingSettings withBatchSize(int value) {
        return new TrainingSettings(optimizer, learningRate, value, epochs, weightInit, l2, seed, beta1,
                discriminatorLearningRate);
    }

    public TrainingSettings withEpochs(int value) {
        return new TrainingSettings(optimizer, learningRate, batchSize, value, weightInit, l2, seed, beta1,
                discriminatorLearningRate);
    }

    public TrainingSettings withWeightInit(String value) {
        return new TrainingSettings(optimizer, learningRate, batchSize, epochs, value, l2, seed, beta1,
                discriminatorLearningRate);
    }

    public TrainingSettings withL2(double value) {
        return new TrainingSettings(optimizer, learningRate, batchSize, epochs, weightInit, value, seed, beta1,
                discriminatorLearningRate);
    }

    public TrainingSettings withSeed(long value) {
        return new TrainingSettings(optimizer, learningRate, batchSize, epochs, weightInit, l2, value, beta1,
                discriminatorLearningRate);
    }

    /** @param value Adam's β1, or null for {@link #DEFAULT_BETA1} */
    public TrainingSettings withBeta1(Double value) {
        return new TrainingSettings(optimizer, learningRate, batchSize, epochs, weightInit, l2, seed, value,
                discriminatorLearningRate);
    }

    /** @param value a GAN discriminator's own learning rate, or null to share {@code learningRate} */
    public TrainingSettings withDiscriminatorLearningRate(Double value) {
        return new TrainingSettings(optimizer, learningRate, batchSize, epochs, weightInit, l2, seed, beta1, value);
    }
}
