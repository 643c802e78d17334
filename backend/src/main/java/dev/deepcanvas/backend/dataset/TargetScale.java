package dev.deepcanvas.backend.dataset;

import java.util.List;

/**
 * How regression targets were standardised (with training statistics), so predictions can be shown in the
 * original unit: {@code original = standardised * std + mean}.
 *
 * @param unit what the original numbers measure, e.g. "thousand euros"
 */
public record TargetScale(List<Double> mean, List<Double> std, String unit) {

    public double toOriginal(int target, double standardised) {
        return standardised * std.get(target) + mean.get(target);
    }
}
