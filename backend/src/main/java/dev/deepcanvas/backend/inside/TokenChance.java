package dev.deepcanvas.backend.inside;

/** A token the output could write at a step, with the probability the model gives it. */
public record TokenChance(String token, double probability) {
}
