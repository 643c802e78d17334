package dev.deepcanvas.backend.inside;

import java.util.List;

/**
 * What a GAN run's generator can be asked for: how many noise numbers it reads and, when it is conditional, which
 * classes it can be told to draw.
 *
 * @param classNames the classes of a conditional generator, in the order of its one-hot class input (the dataset's
 *                   names); empty for an ordinary GAN
 */
public record GeneratorFacts(long runId, int noiseSize, List<String> classNames) {

    public GeneratorFacts {
        classNames = List.copyOf(classNames);
    }

    /** Whether the generator has a ClassInput, so that a class can be chosen. */
    public boolean conditional() {
        return !classNames.isEmpty();
    }
}
