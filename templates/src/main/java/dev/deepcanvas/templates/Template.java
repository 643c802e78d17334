package dev.deepcanvas.templates;

import dev.deepcanvas.graph.document.GraphDocument;

/**
 * A gallery entry: a ready graph document plus what it teaches and what it should reach.
 *
 * @param idea           the concept the template illustrates, in a sentence or two
 * @param datasetId      the built-in dataset it trains on
 * @param expectedResult the quality bar it reaches with its default settings
 * @param expectedTime   how long its default training takes on a 2-core machine
 * @param bar            the expected result as a metric and a number, for the quality tests and the bench
 * @param judgeId        for a GAN, the template whose trained classifier judges its samples; null otherwise
 * @param strictJudge    for a GAN, whether its bar is decided by the strict judge (the judge template's network
 *                       trained with one more class, "none of these", so that it can reject what is no picture of
 *                       any class) instead of the judge template itself; chosen where the template judge is
 *                       confident on pure noise, so its figure would mean nothing
 * @param reachedInstead for a template whose last full-default run fell short of its bar, what that run reached
 *                       (for example "39%"), so the gallery never promises a result the template does not deliver;
 *                       null when the bar is met
 */
public record Template(String id, String title, Family family, String idea, String datasetId,
                       String expectedResult, String expectedTime, QualityBar bar, String judgeId,
                       boolean strictJudge, String reachedInstead, GraphDocument document) {

    /** Whether its last full-default run reached the bar it states. */
    public boolean meetsItsBar() {
        return reachedInstead == null;
    }
}
