package dev.deepcanvas.backend.quality;

import java.time.Duration;

/**
 * What the strict judge made of a GAN's samples, with the figures that tell whether to believe it.
 *
 * @param reached           share of the GAN's {@value GanJudge#SAMPLES} samples whose most likely class is a real
 *                          class with p ≥ 0.9
 * @param onNoise           the same share for uniform noise ({@link NoiseBaseline})
 * @param heldOut           the strict judge on held-out real pictures and non-examples
 * @param judgeTrainingTime how long the strict judge took to train
 */
public record StrictFigures(double reached, double onNoise, HeldOutCheck heldOut, Duration judgeTrainingTime) {
}
