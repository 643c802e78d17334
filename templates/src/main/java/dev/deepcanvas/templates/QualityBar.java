package dev.deepcanvas.templates;

/**
 * The figure a template must reach on held-out data with its default settings, in machine-readable form, so the
 * quality tests and the bench check the same bar the gallery card promises.
 *
 * @param metric what is measured (see {@link Metric})
 * @param target the bar: at least this much (for {@link Metric#LOSS_DROP}, the final loss as a fraction of the
 *               first epoch's loss must be at most 1 − target)
 */
public record QualityBar(Metric metric, double target) {

    public enum Metric {
        /** Share of held-out examples classified right. */
        ACCURACY,
        /** Coefficient of determination of held-out predictions. */
        R2,
        /** Share of held-out sequences (translations, captions) produced exactly. */
        SEQUENCE_MATCH,
        /** How much the training loss fell from the first epoch to the last, as a fraction of the first. */
        LOSS_DROP,
        /** Share of generated samples a trained classifier assigns to a class with confidence ≥ 0.9. */
        CONFIDENT_SAMPLES
    }

    /** Whether a reached figure meets the bar. */
    public boolean isMet(double reached) {
        return reached >= target;
    }
}
