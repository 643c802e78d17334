package dev.deepcanvas.backend.training;

/**
 * The data of a run, part by part, as fingerprints of the exact arrays it used.
 *
 * @param train      what it learned from
 * @param validation what its epoch figures and early stopping watched; null when the dataset has no such part
 * @param test       what its final figures were measured on; null for a GAN, which is judged by its samples
 */
public record DataFingerprints(DataFingerprint train, DataFingerprint validation, DataFingerprint test) {
}
