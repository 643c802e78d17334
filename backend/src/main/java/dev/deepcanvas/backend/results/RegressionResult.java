package dev.deepcanvas.backend.results;

import java.util.List;

/**
 * A regressor's held-out evaluation; with several outputs the figures are averaged over them.
 *
 * @param points a sample of predicted-vs-actual pairs (all of them for small held-out sets)
 */
public record RegressionResult(int examples, double mse, double mae, double r2, List<PredictedActual> points) {
}
