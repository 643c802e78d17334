package dev.deepcanvas.backend.training;

import dev.deepcanvas.graph.document.TrainingSettings;

/**
 * What the start dialog may change for one run without editing the graph. A null field keeps the value of the
 * document's training settings; a null {@code earlyStopping} trains for all epochs. {@code beta1} (Adam's β1) and
 * {@code discriminatorLearningRate} (a GAN's discriminator only) are the GAN recipe's settings;
 * {@code layerStatisticsEvery} asks for the layers to be measured every that many steps besides each epoch's last
 * (null: each epoch's last only).
 */
public record RunOptions(Integer epochs, Integer batchSize, String optimizer, Double learningRate, Long seed,
                         EarlyStopping earlyStopping, Double beta1, Double discriminatorLearningRate,
                         Integer layerStatisticsEvery) {

    /** The options of a run that measures its layers at each epoch's last step only. */
    public RunOptions(Integer epochs, Integer batchSize, String optimizer, Double learningRate, Long seed,
                      EarlyStopping earlyStopping, Double beta1, Double discriminatorLearningRate) {
        this(epochs, batchSize, optimizer, learningRate, seed, earlyStopping, beta1, discriminatorLearningRate, null);
    }

    /** The options without the GAN settings (both kept as the document has them). */
    public RunOptions(Integer epochs, Integer batchSize, String optimizer, Double learningRate, Long seed,
                      EarlyStopping earlyStopping) {
        this(epochs, batchSize, optimizer, learningRate, seed, earlyStopping, null, null);
    }

    /** Train exactly as the document says. */
    public static RunOptions none() {
        return new RunOptions(null, null, null, null, null, null, null, null, null);
    }

    /** The document's settings as explicit values, to fill the start dialog. */
    public static RunOptions from(TrainingSettings settings) {
        return new RunOptions(settings.epochs(), settings.batchSize(), settings.optimizer(), settings.learningRate(),
                settings.seed(), null, settings.beta1(), settings.discriminatorLearningRate());
    }

    public RunOptions withEpochs(Integer value) {
        return new RunOptions(value, batchSize, optimizer, learningRate, seed, earlyStopping, beta1,
                discriminatorLearningRate, layerStatisticsEvery);
    }

    public RunOptions withBatchSize(Integer value) {
        return new RunOptions(epochs, value, optimizer, learningRate, seed, earlyStopping, beta1,
                discriminatorLearningRate, layerStatisticsEvery);
    }

    public RunOptions withOptimizer(String value) {
        return new RunOptions(epochs, batchSize, value, learningRate, seed, earlyStopping, beta1,
                discriminatorLearningRate, layerStatisticsEvery);
    }

    public RunOptions withLearningRate(Double value) {
        return new RunOptions(epochs, batchSize, optimizer, value, seed, earlyStopping, beta1,
                discriminatorLearningRate, layerStatisticsEvery);
    }

    public RunOptions withSeed(Long value) {
        return new RunOptions(epochs, batchSize, optimizer, learningRate, value, earlyStopping, beta1,
                discriminatorLearningRate, layerStatisticsEvery);
    }

    public RunOptions withEarlyStopping(EarlyStopping value) {
        return new RunOptions(epochs, batchSize, optimizer, learningRate, seed, value, beta1,
                discriminatorLearningRate, layerStatisticsEvery);
    }

    public RunOptions withBeta1(Double value) {
        return new RunOptions(epochs, batchSize, optimizer, learningRate, seed, earlyStopping, value,
                discriminatorLearningRate, layerStatisticsEvery);
    }

    public RunOptions withDiscriminatorLearningRate(Double value) {
        return new RunOptions(epochs, batchSize, optimizer, learningRate, seed, earlyStopping, beta1, value,
                layerStatisticsEvery);
    }

    /** Measure the layers every {@code value} steps as well as at each epoch's end; null: at each epoch's end only. */
    public RunOptions withLayerStatisticsEvery(Integer value) {
        return new RunOptions(epochs, batchSize, optimizer, learningRate, seed, earlyStopping, beta1,
                discriminatorLearningRate, value);
    }

    /** The document's settings with this run's changes applied. */
    TrainingSettings applyTo(TrainingSettings settings) {
        TrainingSettings result = settings;
        if (epochs != null) {
            result = result.withEpochs(epochs);
        }
        if (batchSize != null) {
            result = result.withBatchSize(batchSize);
        }
        if (optimizer != null) {
            result = result.withOptimizer(optimizer);
        }
        if (learningRate != null) {
            result = result.withLearningRate(learningRate);
        }
        if (seed != null) {
            result = result.withSeed(seed);
        }
        if (beta1 != null) {
            result = result.withBeta1(beta1);
        }
        if (discriminatorLearningRate != null) {
            result = result.withDiscriminatorLearningRate(discriminatorLearningRate);
        }
        return result;
    }
}
