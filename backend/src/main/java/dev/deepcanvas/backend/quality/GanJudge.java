package dev.deepcanvas.backend.quality;

import dev.deepcanvas.backend.training.gan.TrainedGenerator;

/**
 * Judges a GAN the way the gallery promises: a classifier trained on the real data looks at generated samples
 * and counts those it recognises with confidence. A generator making mush gets low, spread-out probabilities;
 * one making convincing pictures gets confident ones, provided the judge is not confident of anything (see
 * {@link NoiseBaseline}).
 */
public final class GanJudge {

    public static final int SAMPLES = 100;

    private GanJudge() {
    }

    /**
     * The share of {@value #SAMPLES} samples, from seeded noise, that the judge accepts. A conditional generator
     * is asked for every class equally often ({@link TrainedGenerator#draw}).
     */
    public static double confidentShare(TrainedGenerator generator, Judge judge, long seed) {
        return judge.acceptedShare(generator.draw(SAMPLES, seed));
    }
}
