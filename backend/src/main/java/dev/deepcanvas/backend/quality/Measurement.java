package dev.deepcanvas.backend.quality;

import dev.deepcanvas.templates.QualityBar;

import java.time.Duration;

/**
 * What one training of a template reached against its bar.
 *
 * @param reached the measured figure; NaN when the run did not succeed
 * @param note    why there is no figure (the run's message), or null
 */
public record Measurement(String templateId, long runId, QualityBar bar, double reached, Duration time,
                          String note) {

    public boolean met() {
        return !Double.isNaN(reached) && bar.isMet(reached);
    }
}
