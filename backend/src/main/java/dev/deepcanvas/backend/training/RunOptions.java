package dev.deepcanvas.backend.training;

import dev.deepcanvas.graph.document.TrainingSettings;

/**
 * What the start dialog may change for one run without editing the graph. A null field keeps the value of the
 * document's training settings; a null {@code earlyStopping} trains for all epochs.
 */
public record RunOptions(Integer epochs, Integer batchSize, String optimizer, Double learningRate, Long seed,
                         EarlyStopping earlyStopping) {

    /** Train exactly as the document says. */
    public static RunOptions none() {
        return new RunOptions(null, null, null, null, null, null);
    }

    /** The document's settings as explicit values, to fill the start dialog. */
    public static RunOptions from(TrainingSettings settings) {
        return new RunOptions(settings.epochs(), settings.batchSize(), settings.optimizer(), settings.learningRate(),
                settings.seed(), null);
    }

    public RunOptions withEpochs(Integer value) {
        return new RunOptions(value, batchSize, optimizer, learningRate, seed, earlyStopping);
    }

    public RunOptions withBatchSize(Integer value) {
        return new RunOptions(epochs, value, optimizer, learningRate, seed, earlyStopping);
    }

    public RunOptions withOptimizer(String value) {
        return new RunOptions(epochs, batchSize, value, learningRate, seed, earlyStopping);
    }

    public RunOptions withLearningRate(Double value) {
        return new RunOptions(epochs, batchSize, optimizer, value, seed, earlyStopping);
    }

    public RunOptions withSeed(Long value) {
        return new RunOptions(epochs, batchSize, optimizer, learningRate, value, earlyStopping);
    }

    public RunOptions withEarlyStopping(EarlyStopping value) {
        return new RunOptions(epochs, batchSize, optimizer, learningRate, seed, value);
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
        return result;
    }
}
