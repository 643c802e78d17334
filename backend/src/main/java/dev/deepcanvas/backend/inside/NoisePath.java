package dev.deepcanvas.backend.inside;

/**
 * The way from one noise vector to another in equal steps, both ends included.
 * <p>
 * Spherical, not a straight line: normal noise of many numbers lies almost always near a sphere (its length is close
 * to the square root of its size), which is all the generator ever saw in training. The straight line between two
 * such vectors cuts through the inside of that sphere: half-way, two unrelated vectors average to about 0.71 times the
 * usual length, noise the generator never met, and its middle pictures turn faint and blurred for that reason alone.
 * The arc keeps the length (between vectors of equal length, exactly), so each step is noise of the kind the
 * generator learned from and the strip shows how its pictures change, not how it copes with unusual noise.
 */
public final class NoisePath {

    /** Below this angle's sine the two vectors point the same way and the arc is the straight line. */
    private static final double PARALLEL = 1e-6;

    private NoisePath() {
    }

    /** How far along the way each of {@code steps} steps is: 0, …, 1. */
    public static double fraction(int step, int steps) {
        return steps == 1 ? 0 : (double) step / (steps - 1);
    }

    /** {@code steps} vectors from {@code from} (the first) to {@code to} (the last). */
    public static float[][] between(float[] from, float[] to, int steps) {
        if (from.length != to.length) {
            throw new IllegalArgumentException("noise vectors of " + from.length + " and " + to.length + " numbers");
        }
        double angle = angle(from, to);
        float[][] path = new float[steps][from.length];
        for (int s = 0; s < steps; s++) {
            double t = fraction(s, steps);
            double a;
            double b;
            if (Math.sin(angle) < PARALLEL) {
                a = 1 - t;
                b = t;
            } else {
                a = Math.sin((1 - t) * angle) / Math.sin(angle);
                b = Math.sin(t * angle) / Math.sin(angle);
            }
            for (int i = 0; i < from.length; i++) {
                path[s][i] = (float) (a * from[i] + b * to[i]);
            }
        }
        return path;
    }

    /** The angle between two vectors, in radians (0 when either is all zeros). */
    static double angle(float[] from, float[] to) {
        double dot = 0;
        double fromLength = 0;
        double toLength = 0;
        for (int i = 0; i < from.length; i++) {
            dot += (double) from[i] * to[i];
            fromLength += (double) from[i] * from[i];
            toLength += (double) to[i] * to[i];
        }
        if (fromLength == 0 || toLength == 0) {
            return 0;
        }
        return Math.acos(Math.max(-1, Math.min(1, dot / Math.sqrt(fromLength * toLength))));
    }
}
