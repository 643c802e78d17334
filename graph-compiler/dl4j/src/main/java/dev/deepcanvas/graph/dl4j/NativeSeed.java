package dev.deepcanvas.graph.dl4j;

import org.nd4j.linalg.factory.Nd4j;

/**
 * The seed ND4J's random generator is given for a user's seed. Every seed but one goes through unchanged: ND4J
 * treats 0 as no seed and draws a fresh sequence on every call (three draws after {@code setSeed(0)} gave three
 * different sequences), so a run from seed 0 started from other weights and saw other noise every time. Seed 0
 * therefore becomes {@link #FOR_ZERO}. ND4J already maps several seeds onto one sequence (2³² and
 * {@code Long.MIN_VALUE} draw the same numbers), so this adds no new kind of collision.
 */
public final class NativeSeed {

    /** What seed 0 becomes. */
    static final long FOR_ZERO = Long.MIN_VALUE;

    private NativeSeed() {
    }

    /** The seed to hand to ND4J, or to DL4J's configuration (which hands it to ND4J when a network is built). */
    public static long of(long seed) {
        return seed == 0 ? FOR_ZERO : seed;
    }

    /** Seeds ND4J's generator with {@link #of}{@code (seed)}: the same seed always draws the same numbers. */
    public static void seedNd4j(long seed) {
        Nd4j.getRandom().setSeed(of(seed));
    }
}
