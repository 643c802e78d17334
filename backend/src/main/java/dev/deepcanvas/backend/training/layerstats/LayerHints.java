package dev.deepcanvas.backend.training.layerstats;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the update-to-parameter ratios of a run's layers the way a teacher would: about 1e-3 per step is healthy;
 * a hundred times less means the layer hardly learns, a hundred times more means each step tears up much of what it
 * had learned. One hint per layer and direction, naming the first epoch it happened in (and the step, where the
 * run measured every N steps).
 */
public final class LayerHints {

    /** Below this ratio a layer's updates have vanished (a hundred times under the healthy 1e-3). */
    public static final double VANISHING_BELOW = 1e-5;
    /** Above this ratio a layer's updates explode (a hundred times over the healthy 1e-3). */
    public static final double EXPLODING_ABOVE = 1e-1;

    private LayerHints() {
    }

    /**
     * @param layers       the run's layers with their per-epoch figures
     * @param learningRate the run's learning rate, named in the advice
     */
    public static List<LayerHint> of(List<LayerSeries> layers, double learningRate) {
        return of(layers, learningRate, null);
    }

    /**
     * @param discriminatorRate a GAN discriminator's own learning rate, named in its layers' advice; null when it
     *                          shares {@code learningRate}
     */
    public static List<LayerHint> of(List<LayerSeries> layers, double learningRate, Double discriminatorRate) {
        List<LayerHint> hints = new ArrayList<>();
        for (LayerSeries layer : layers) {
            double rate = "DISCRIMINATOR".equals(layer.network()) && discriminatorRate != null ? discriminatorRate
                    : learningRate;
            hint(layer, LayerHint.Kind.EXPLODING, rate).ifPresent(hints::add);
            hint(layer, LayerHint.Kind.VANISHING, rate).ifPresent(hints::add);
        }
        return hints;
    }

    private static Optional<LayerHint> hint(LayerSeries layer, LayerHint.Kind kind, double learningRate) {
        LayerPoint first = null;
        // epochs, not points: a run measured every N steps has several points in an epoch
        Set<Integer> epochs = new HashSet<>();
        for (LayerPoint point : layer.points()) {
            if (outOfRange(point.updateRatio(), kind)) {
                epochs.add(point.epoch());
                if (first == null) {
                    first = point;
                }
            }
        }
        if (first == null) {
            return Optional.empty();
        }
        int count = epochs.size();
        return Optional.of(new LayerHint(kind, layer.network(), layer.layer(), first.epoch(),
                first.updateRatio(), count, message(layer, kind, first, count, learningRate)));
    }

    private static boolean outOfRange(double ratio, LayerHint.Kind kind) {
        return kind == LayerHint.Kind.VANISHING ? ratio < VANISHING_BELOW
                : ratio > EXPLODING_ABOVE || Double.isNaN(ratio);
    }

    private static String message(LayerSeries layer, LayerHint.Kind kind, LayerPoint first, int count,
                                  double learningRate) {
        String who = Character.toUpperCase(layer.title().charAt(0)) + layer.title().substring(1);
        String when = "in epoch " + first.epoch()
                + (layer.bySteps() && first.step() != null ? ", at step " + first.step() : "")
                + (count > 1 ? " (and " + (count - 1) + " more epoch"
                + (count > 2 ? "s" : "") + ")" : "");
        String rate = format(learningRate);
        if (kind == LayerHint.Kind.VANISHING) {
            return who + " hardly moved " + when + ": one step changed its weights by " + format(first.updateRatio())
                    + " of their size, where about 0.001 is healthy, so it is barely learning. Try a larger learning "
                    + "rate (now " + rate + "); if only the early layers stall, the gradient may be vanishing on its "
                    + "way back: ReLU instead of sigmoid or tanh, or batch normalisation, helps.";
        }
        return who + " jumped " + when + ": one step changed its weights by " + format(first.updateRatio())
                + " of their size, where about 0.001 is healthy, so each step throws away much of what it learned. "
                + "Try a smaller learning rate (now " + rate + ", e.g. " + format(learningRate / 10) + ").";
    }

    /** A ratio or rate in few digits: 0.0012, 3.4e-07. */
    public static String format(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "not a number";
        }
        if (value != 0 && (Math.abs(value) < 1e-4 || Math.abs(value) >= 1e4)) {
            return String.format(Locale.ROOT, "%.1e", value);
        }
        return String.format(Locale.ROOT, "%.2g", value).replaceAll("(\\.\\d*?)0+$", "$1").replaceAll("\\.$", "");
    }
}
