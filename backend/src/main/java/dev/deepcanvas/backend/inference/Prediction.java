package dev.deepcanvas.backend.inference;

import dev.deepcanvas.backend.results.TaskKind;

import java.util.List;

/**
 * What a trained model says about one input.
 *
 * @param classes        classification: every class with its probability, in the dataset's class order
 * @param predictedClass classification: the most probable class; null for regression
 * @param values         the raw output row (probabilities, or the predicted numbers as the model learned them)
 * @param original       regression: the predicted numbers in the target's own unit (a price in thousand euros);
 *                       the same as {@code values} when the dataset's target scale is unknown or for classification
 * @param unit           regression: the unit of {@code original}; null when it is the model's standardised scale
 */
public record Prediction(long runId, TaskKind kind, List<ClassProbability> classes, String predictedClass,
                         List<Double> values, List<Double> original, String unit) {

    public Prediction {
        classes = List.copyOf(classes);
        values = List.copyOf(values);
        original = List.copyOf(original);
    }
}
