package dev.deepcanvas.backend.results;

/**
 * The evaluation of a finished run on its held-out data: exactly one of {@code classification},
 * {@code regression}, {@code sequence}, {@code gan} and {@code reconstruction} is set, as {@code kind} says.
 * (Documents stored before a kind existed read back with its field null.)
 */
public record RunResult(long runId, TaskKind kind, String metricName, ClassificationResult classification,
                        RegressionResult regression, SequenceResult sequence, GanResult gan,
                        ReconstructionResult reconstruction) {

    public static RunResult of(long runId, ClassificationResult classification) {
        return new RunResult(runId, TaskKind.CLASSIFICATION, TaskKind.CLASSIFICATION.metricName(), classification,
                null, null, null, null);
    }

    public static RunResult of(long runId, RegressionResult regression) {
        return new RunResult(runId, TaskKind.REGRESSION, TaskKind.REGRESSION.metricName(), null, regression, null,
                null, null);
    }

    public static RunResult of(long runId, SequenceResult sequence) {
        return new RunResult(runId, TaskKind.SEQUENCE, TaskKind.SEQUENCE.metricName(), null, null, sequence, null,
                null);
    }

    public static RunResult of(long runId, GanResult gan) {
        return new RunResult(runId, TaskKind.GAN, TaskKind.GAN.metricName(), null, null, null, gan, null);
    }

    public static RunResult of(long runId, ReconstructionResult reconstruction) {
        return new RunResult(runId, TaskKind.RECONSTRUCTION, TaskKind.RECONSTRUCTION.metricName(), null, null,
                null, null, reconstruction);
    }

    /**
     * The headline figure: accuracy, R², per-step accuracy, the discriminator's accuracy in the last epoch, or an
     * autoencoder's squared error per pixel.
     */
    public double metric() {
        return switch (kind) {
            case CLASSIFICATION -> classification.accuracy();
            case REGRESSION -> regression.r2();
            case SEQUENCE -> sequence.tokenAccuracy();
            case GAN -> gan.epochs().isEmpty() ? 0.0 : gan.epochs().get(gan.epochs().size() - 1).accuracy();
            case RECONSTRUCTION -> reconstruction.meanSquaredError();
        };
    }
}
