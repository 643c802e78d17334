package dev.deepcanvas.backend.results;

import java.util.List;

/**
 * How a GAN's two players fared, epoch by epoch. A GAN has no held-out labels to score against; what tells a
 * learner how training went is the duel itself (a discriminator stuck near 50% on both real and fake is being
 * fooled half the time) and the sample grids, one per epoch.
 */
public record GanResult(int noiseSize, List<GanEpoch> epochs) {

    public GanResult {
        epochs = List.copyOf(epochs);
    }
}
