package dev.deepcanvas.backend.results;

import java.util.List;

/**
 * How a GAN's two players fared, epoch by epoch. A GAN has no held-out labels to score against; what tells a
 * learner how training went is the duel itself (a discriminator stuck near 50% on both real and fake is being
 * fooled half the time) and the sample grids, one per epoch.
 */
public record GanResult(int noiseSize, List<GanEpoch> epochs, List<String> classNames) {

    /**
     * @param classNames a conditional GAN's classes, in the order of its one-hot class input (grid column
     *                   {@code c} asks for class {@code c % classNames.size()}); empty for an ordinary GAN, and in
     *                   results stored before conditional GANs existed
     */
    public GanResult {
        epochs = List.copyOf(epochs);
        classNames = classNames == null ? List.of() : List.copyOf(classNames);
    }

    public boolean conditional() {
        return !classNames.isEmpty();
    }
}
