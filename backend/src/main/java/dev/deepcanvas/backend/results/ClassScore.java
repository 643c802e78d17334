package dev.deepcanvas.backend.results;

/** How well one class was recognised on the held-out data; {@code support} is how many examples it had. */
public record ClassScore(String className, double precision, double recall, double f1, int support) {
}
