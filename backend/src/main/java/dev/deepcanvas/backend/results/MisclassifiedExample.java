package dev.deepcanvas.backend.results;

/**
 * A held-out example the model got wrong.
 *
 * @param index      row in the dataset's held-out part, to show the example itself (an image, a sentence)
 * @param confidence the probability the model gave its (wrong) prediction
 */
public record MisclassifiedExample(int index, String actual, String predicted, double confidence) {
}
