package dev.deepcanvas.bench.quality;

import java.time.Duration;

/**
 * A trained strict judge ({@link StrictJudgeTrainer}) with what it was checked against, trained once per
 * classifier template and then used for every GAN of the same data.
 *
 * @param templateId   the classifier template whose network and settings it shares
 * @param trainingTime wall-clock time of its training
 */
public record StrictJudge(String templateId, Judge judge, HeldOutCheck heldOut, Duration trainingTime) {
}
