package dev.deepcanvas.backend.inside;

/**
 * One channel of a layer's output for one example.
 *
 * @param values row after row, {@code height × width} values
 */
public record FeatureMap(int channel, int height, int width, float[] values) {

    public FeatureMap {
        if (values.length != height * width) {
            throw new IllegalArgumentException("a " + height + "×" + width + " map needs " + height * width
                    + " values, not " + values.length);
        }
    }

    public float value(int y, int x) {
        return values[y * width + x];
    }
}
