package dev.deepcanvas.backend.inside;

import dev.deepcanvas.backend.dataset.DatasetAttribute;

import java.util.List;

/**
 * What a GAN run's generator can be asked for: how many noise numbers it reads and, when it is conditional, which
 * classes it can be told to draw.
 *
 * @param classNames the classes of a conditional generator, in the order of its one-hot class input (the dataset's
 *                   names); empty for an ordinary GAN
 * @param attributes the dataset's attributes a conditional generator is also told (the shapes' colour), each of
 *                   which must be chosen beside the class; empty where it is told the class only
 */
public record GeneratorFacts(long runId, int noiseSize, List<String> classNames, List<DatasetAttribute> attributes) {

    public GeneratorFacts {
        classNames = List.copyOf(classNames);
        attributes = attributes == null ? List.of() : List.copyOf(attributes);
    }

    /** A generator told its class only, or nothing. */
    public GeneratorFacts(long runId, int noiseSize, List<String> classNames) {
        this(runId, noiseSize, classNames, List.of());
    }

    /** Whether the generator has a ClassInput, so that a class can be chosen. */
    public boolean conditional() {
        return !classNames.isEmpty();
    }
}
