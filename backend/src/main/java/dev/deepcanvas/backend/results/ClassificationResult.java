package dev.deepcanvas.backend.results;

import java.util.List;

/**
 * A classifier's held-out evaluation.
 *
 * @param confusion {@code confusion.get(actual).get(predicted)} counts, rows and columns in {@code classNames} order
 */
public record ClassificationResult(int examples, double accuracy, List<String> classNames, List<ClassScore> perClass,
                                   List<List<Integer>> confusion, List<MisclassifiedExample> misclassified) {
}
