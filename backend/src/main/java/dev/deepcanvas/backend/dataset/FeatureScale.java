package dev.deepcanvas.backend.dataset;

import java.util.List;

/**
 * How a tabular dataset rescaled its feature columns (with statistics of the training rows only), so that a
 * person can type raw values, centimetres or square metres, and the model still gets what it was trained on:
 * {@code model = (raw − offset) / divisor} per column. Standardising uses the mean and standard deviation,
 * min–max scaling the minimum and range; features kept as they were have offset 0 and divisor 1.
 */
public record FeatureScale(Normalisation normalisation, List<Double> offset, List<Double> divisor) {

    public FeatureScale {
        offset = List.copyOf(offset);
        divisor = List.copyOf(divisor);
        if (offset.size() != divisor.size()) {
            throw new IllegalArgumentException("one offset and one divisor per column");
        }
    }

    /** The features as they are in the file. */
    public static FeatureScale none(int columns) {
        return new FeatureScale(Normalisation.NONE, java.util.Collections.nCopies(columns, 0.0),
                java.util.Collections.nCopies(columns, 1.0));
    }

    public int columns() {
        return offset.size();
    }

    /** Raw values as the model saw them in training. */
    public double[] toModel(double[] raw) {
        requireColumns(raw);
        double[] scaled = new double[raw.length];
        for (int i = 0; i < raw.length; i++) {
            scaled[i] = (raw[i] - offset.get(i)) / divisor.get(i);
        }
        return scaled;
    }

    /** Model-scale values back in the dataset's own units. */
    public double[] toRaw(double[] scaled) {
        requireColumns(scaled);
        double[] raw = new double[scaled.length];
        for (int i = 0; i < scaled.length; i++) {
            raw[i] = scaled[i] * divisor.get(i) + offset.get(i);
        }
        return raw;
    }

    private void requireColumns(double[] values) {
        if (values.length != columns()) {
            throw new IllegalArgumentException("expected " + columns() + " values, got " + values.length);
        }
    }
}
