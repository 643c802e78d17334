package dev.deepcanvas.templates;

import java.util.Locale;

/**
 * A figure a template must reach with its default settings, in machine-readable form: the verification measures
 * exactly this, and the gallery card prints exactly {@link #describe()}, so the words and the code cannot drift
 * apart.
 *
 * @param metric what is measured (see {@link Metric})
 * @param target the bar: at least this much, or at most this much where {@link Metric#lowerIsBetter()}
 */
public record QualityBar(Metric metric, double target) {

    public QualityBar {
        if (metric == null || !Double.isFinite(target)) {
            throw new IllegalArgumentException("a bar needs a metric and a finite target");
        }
    }

    public enum Metric {
        /** Share of held-out examples classified right. */
        ACCURACY(true, "held-out accuracy"),
        /** Coefficient of determination of held-out predictions. */
        R2(false, "R² on held-out examples"),
        /** Share of held-out sequences (translations, captions) produced exactly. */
        SEQUENCE_MATCH(true, "of held-out sequences produced exactly"),
        /** Share of the characters of held-out text whose likeliest prediction, given the text before, is right. */
        CHARACTER_ACCURACY(true, "of held-out next characters predicted right"),
        /** Share of a GAN's samples the strict judge accepts as some class (p ≥ 0.9, not "none of these"). */
        ACCEPTED(true, "of samples accepted by the strict judge"),
        /** Share of a conditional GAN's samples the strict judge accepts as the very class they were asked for. */
        ACCEPTED_AS_ASKED(true, "of samples accepted by the strict judge as the class asked for"),
        /** The rarest class's share of the samples accepted as that class: low when the generator collapses. */
        CLASS_COVERAGE(true, "of samples accepted as each class, even the rarest"),
        /** The rarest colour's share of the samples: low when the generator drops colours. */
        COLOUR_COVERAGE(true, "of samples drawn in each colour, even the rarest"),
        /** Fréchet distance between the strict judge's features of samples and of held-out real pictures. */
        FRECHET_DISTANCE(false, "Fréchet distance to held-out pictures (the strict judge's features)", true),
        /** Mean squared error per held-out pixel, as a share of the error of always drawing the mean picture. */
        RECONSTRUCTION_ERROR(true, "of the mean picture's squared error, on held-out pictures", true);

        private final boolean percent;
        private final String words;
        private final boolean lowerIsBetter;

        Metric(boolean percent, String words) {
            this(percent, words, false);
        }

        Metric(boolean percent, String words, boolean lowerIsBetter) {
            this.percent = percent;
            this.words = words;
            this.lowerIsBetter = lowerIsBetter;
        }

        public boolean lowerIsBetter() {
            return lowerIsBetter;
        }

        /** What the figure measures, in the words the cards use. */
        public String words() {
            return words;
        }

        /** A figure (or a bar) in words: "98.3% held-out accuracy", "R² on held-out examples 0.978". */
        public String phrase(String figure) {
            return percent ? figure + " " + words : words + " " + figure;
        }

        /** A figure of this metric as the cards print it: "98.3%" or "0.978". */
        public String format(double value) {
            return percent ? String.format(Locale.ROOT, "%.1f%%", 100 * value)
                    : String.format(Locale.ROOT, "%.3f", value);
        }
    }

    /** Whether a reached figure meets the bar. */
    public boolean isMet(double reached) {
        return metric.lowerIsBetter() ? reached <= target : reached >= target;
    }

    /** The bar in words: "≥ 97.0% held-out accuracy", "R² on held-out examples ≥ 0.900". */
    public String describe() {
        return metric.phrase((metric.lowerIsBetter() ? "≤ " : "≥ ") + metric.format(target));
    }
}
