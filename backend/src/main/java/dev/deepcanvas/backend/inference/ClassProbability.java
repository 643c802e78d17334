package dev.deepcanvas.backend.inference;

/** The probability the model gives one class. */
public record ClassProbability(String className, double probability) {
}
