package dev.deepcanvas.backend.results;

/** One point of the predicted-vs-actual scatter plot: held-out row {@code index}, output column {@code output}. */
public record PredictedActual(int index, int output, double predicted, double actual) {
}
