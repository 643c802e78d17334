package dev.deepcanvas.backend.inside;

import java.util.Random;

/**
 * A GAN's noise drawn from a seed the user can see and change: standard normal numbers, as the trainer feeds the
 * generator. The same seed gives the same vector on every call and every machine.
 * <p>
 * Drawn with {@link Random}, not with ND4J's random generator: that one is shared by the whole process (setting its
 * seed, as the sampler of a run does, would change what another viewer draws at the same moment) and its stream
 * depends on the native backend.
 */
public final class SeededNoise {

    private SeededNoise() {
    }

    /** One noise vector of {@code size} numbers. */
    public static float[] vector(long seed, int size) {
        return rows(seed, 1, size)[0];
    }

    /** {@code n} noise vectors of {@code size} numbers, one after the other from the same seed. */
    public static float[][] rows(long seed, int n, int size) {
        Random random = new Random(seed);
        float[][] rows = new float[n][size];
        for (float[] row : rows) {
            for (int i = 0; i < size; i++) {
                row[i] = (float) random.nextGaussian();
            }
        }
        return rows;
    }
}
