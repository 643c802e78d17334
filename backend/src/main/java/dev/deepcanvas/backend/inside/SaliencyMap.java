package dev.deepcanvas.backend.inside;

import java.util.List;

/**
 * How strongly each value of the input sways one output unit: the gradient of that unit (a class's probability, or
 * a regressor's number) with respect to the input as the network receives it, for one held-out example.
 *
 * @param unit      the output unit differentiated
 * @param unitName  its class name, or "output i" for a regressor
 * @param score     whether the unit's score before the output's activation was differentiated rather than its value
 * @param shape     the input's shape for one example: {@code [features]} or {@code [channels, height, width]}
 * @param featureNames for a feature vector, the dataset's names of its columns where it has them; else empty
 * @param gradient  the gradient, laid out like the input (channels first, then rows)
 */
public record SaliencyMap(int unit, String unitName, boolean score, List<Long> shape, List<String> featureNames, float[] gradient) {

    public SaliencyMap {
        shape = List.copyOf(shape);
        featureNames = List.copyOf(featureNames);
        long size = shape.stream().reduce(1L, (a, b) -> a * b);
        if (gradient.length != size) {
            throw new IllegalArgumentException("an input of shape " + shape + " has " + size + " values, not "
                    + gradient.length);
        }
    }

    public boolean isPicture() {
        return shape.size() == 3;
    }

    /**
     * For a picture: each pixel's strength, the largest size of its gradient over the channels (a pixel matters
     * if any of its colours does), as one map.
     */
    public FeatureMap pixelStrength() {
        if (!isPicture()) {
            throw new IllegalStateException("only a picture input has pixels; this one has shape " + shape);
        }
        int channels = shape.get(0).intValue();
        int height = shape.get(1).intValue();
        int width = shape.get(2).intValue();
        float[] strength = new float[height * width];
        for (int c = 0; c < channels; c++) {
            for (int p = 0; p < strength.length; p++) {
                strength[p] = Math.max(strength[p], Math.abs(gradient[c * strength.length + p]));
            }
        }
        return new FeatureMap(0, height, width, strength);
    }

    /** A feature's name: the dataset's, else "feature i". */
    public String featureName(int i) {
        return i < featureNames.size() ? featureNames.get(i) : "feature " + i;
    }

    /** The largest size of any value of the gradient: the bright end of its key. */
    public double largest() {
        double largest = 0;
        for (float value : gradient) {
            largest = Math.max(largest, Math.abs(value));
        }
        return largest;
    }
}
