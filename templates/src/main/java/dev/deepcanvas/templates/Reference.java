package dev.deepcanvas.templates;

import java.util.Map;

/**
 * A baseline measured beside a template, with the same instrument, so that its figures can be read: what guessing
 * the most frequent character reaches, the error of always drawing the mean picture, a GAN instrument's figures on
 * real held-out pictures and on noise.
 *
 * @param name    what was measured, in words ("uniform noise")
 * @param figures its figure for each metric that applies
 */
public record Reference(String name, Map<QualityBar.Metric, Double> figures) {

    public Reference {
        figures = Map.copyOf(figures);
    }
}
