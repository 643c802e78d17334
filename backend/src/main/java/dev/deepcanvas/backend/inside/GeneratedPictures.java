package dev.deepcanvas.backend.inside;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * Pictures a generator drew, as its own numbers and as PNGs of one pixel per value (the page enlarges them without
 * smoothing). Drawn as the run's sample grids are: one channel grey, three in colour, values read as [0, 1] unless
 * some are clearly negative, then as a tanh generator's [−1, 1]. That choice is made once for all pictures of one
 * answer, so that the pictures of a strip are drawn on one scale.
 *
 * @param values one array per picture, channel after channel, each row after row
 */
public record GeneratedPictures(int channels, int height, int width, boolean signed, List<float[]> values) {

    /** Below this a value is taken for a tanh generator's negative half, not a sigmoid's rounding. */
    private static final double NEGATIVE = -0.01;

    public GeneratedPictures {
        values = List.copyOf(values);
    }

    /** The pictures of a generator's output {@code [pictures, channels, height, width]}. */
    static GeneratedPictures of(INDArray output) {
        int n = (int) output.size(0);
        List<float[]> each = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            each.add(output.slice(i).castTo(DataType.FLOAT).dup('c').data().asFloat());
        }
        return new GeneratedPictures((int) output.size(1), (int) output.size(2), (int) output.size(3),
                output.minNumber().doubleValue() < NEGATIVE, each);
    }

    public int count() {
        return values.size();
    }

    /** The generator's value of picture {@code picture} at one channel and pixel. */
    public float value(int picture, int channel, int y, int x) {
        return values.get(picture)[(channel * height + y) * width + x];
    }

    public boolean isColour() {
        return channels >= 3;
    }

    /** Picture {@code picture} as a PNG, {@code width × height} pixels. */
    public byte[] png(int picture) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = level(value(picture, 0, y, x));
                int g = isColour() ? level(value(picture, 1, y, x)) : r;
                int b = isColour() ? level(value(picture, 2, y, x)) : r;
                image.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        return PngBytes.of(image);
    }

    private int level(double value) {
        double unit = signed ? (value + 1) / 2 : value;
        return (int) Math.round(Math.max(0, Math.min(1, unit)) * 255);
    }
}
