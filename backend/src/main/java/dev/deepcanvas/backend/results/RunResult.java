package dev.deepcanvas.backend.results;

/**
 * The evaluation of a finished run on its held-out data: exactly one of {@code classification} and
 * {@code regression} is set, as {@code kind} says.
 */
public record RunResult(long runId, TaskKind kind, String metricName, ClassificationResult classification,
                        RegressionResult regression) {

    public static RunResult of(long runId, ClassificationResult classification) {
        return new RunResult(runId, TaskKind.CLASSIFICATION, TaskKind.CLASSIFICATION.metricName(), classification,
                null);
    }

    public static RunResult of(long runId, RegressionResult regression) {
        return new RunResult(runId, TaskKind.REGRESSION, TaskKind.REGRESSION.metricName(), null, regression);
    }

    /** The headline figure: accuracy or R². */
    public double metric() {
        return kind == TaskKind.CLASSIFICATION ? classification.accuracy() : regression.r2();
    }
}
