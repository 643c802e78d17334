package dev.deepcanvas.backend.results;

import dev.deepcanvas.backend.dataset.DatasetAttribute;

import java.util.List;

/**
 * How a GAN's two players fared, epoch by epoch. A GAN has no held-out labels to score against; what tells a
 * learner how training went is the duel itself (a discriminator stuck near 50% on both real and fake is being
 * fooled half the time) and the sample grids, one per epoch.
 */
public record GanResult(int noiseSize, List<GanEpoch> epochs, List<String> classNames,
                        List<DatasetAttribute> attributes) {

    /**
     * @param classNames a conditional GAN's classes, in the order of its one-hot class input (grid column
     *                   {@code c} asks for class {@code c % classNames.size()}); empty for an ordinary GAN, and in
     *                   results stored before conditional GANs existed
     * @param attributes the dataset's attributes its generator is also told, after the class (the first turns once
     *                   per round of the classes in the grids); empty where it is told the class only, and in
     *                   results stored before attributes existed
     */
    public GanResult {
        epochs = List.copyOf(epochs);
        classNames = classNames == null ? List.of() : List.copyOf(classNames);
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
    }

    /** A GAN told its class only, or nothing. */
    public GanResult(int noiseSize, List<GanEpoch> epochs, List<String> classNames) {
        this(noiseSize, epochs, classNames, List.of());
    }

    public boolean conditional() {
        return !classNames.isEmpty();
    }
}
