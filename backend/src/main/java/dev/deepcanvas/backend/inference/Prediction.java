package dev.deepcanvas.backend.inference;

import dev.deepcanvas.backend.results.TaskKind;

import java.util.List;

/**
 * What a trained model says about one input.
 *
 * @param classes        classification: every class with its probability, in the dataset's class order
 * @param predictedClass classification: the most probable class; null for regression
 * @param values         the raw output row (probabilities, or the predicted numbers for regression)
 */
public record Prediction(long runId, TaskKind kind, List<ClassProbability> classes, String predictedClass,
                         List<Double> values) {
}
