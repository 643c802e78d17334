package dev.deepcanvas.templates;

import dev.deepcanvas.graph.document.GraphDocument;

import java.util.List;

/**
 * A gallery entry: a ready graph document plus what it teaches and the bars it must reach. What it did reach, and
 * in what time, is never stated here: that is the latest verification run's, in {@link VerifiedResults}.
 *
 * @param idea      the concept the template illustrates, in a sentence or two
 * @param datasetId the built-in dataset it trains on
 * @param bars      the figures it must reach with its default settings, on held-out data, all of them
 * @param judgeId   for a GAN, the classifier template whose network, trained with an extra "none of these" class
 *                  (the strict judge), judges its samples; null otherwise
 */
public record Template(String id, String title, Family family, String idea, String datasetId, List<QualityBar> bars,
                       String judgeId, GraphDocument document) {

    public Template {
        bars = List.copyOf(bars);
        if (bars.isEmpty()) {
            throw new IllegalArgumentException("template '" + id + "' has no bar");
        }
    }

    /** The first bar: the template's headline figure. */
    public QualityBar headline() {
        return bars.get(0);
    }
}
