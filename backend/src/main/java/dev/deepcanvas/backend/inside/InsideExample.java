package dev.deepcanvas.backend.inside;

import java.util.List;

/**
 * One held-out example of a run and what every layer of its model made of it, in the order the data flows.
 *
 * @param exampleCount   how many held-out examples there are to choose from
 * @param label          the example's true answer: a class name, or the target numbers of a regressor
 * @param predicted      the predicted class; null for a regressor
 * @param classNames     the names of the output's units, in order (empty for a regressor)
 */
public record InsideExample(long runId, int index, int exampleCount, String label, String predicted,
                            List<String> classNames, List<LayerActivations> layers) {

    public InsideExample {
        classNames = List.copyOf(classNames);
        layers = List.copyOf(layers);
    }
}
