package dev.deepcanvas.backend.inside;

import java.awt.image.BufferedImage;

/**
 * Draws a picture input's saliency: the strength of each pixel on a heat scale (black, red, yellow, white from no
 * influence to the largest), alone and laid over the input itself so that the eye finds which strokes mattered.
 */
public final class SaliencyPicture {

    /** How much of the heat colour covers the input at the strongest pixel; the input stays visible under it. */
    private static final double OVERLAY_OPACITY = 0.85;

    private SaliencyPicture() {
    }

    /** The heat map alone: 0 black, {@code largest} white. */
    public static byte[] heat(FeatureMap strength, double largest) {
        BufferedImage image = new BufferedImage(strength.width(), strength.height(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < strength.height(); y++) {
            for (int x = 0; x < strength.width(); x++) {
                image.setRGB(x, y, rgb(heatColour(level(strength.value(y, x), largest))));
            }
        }
        return PngBytes.of(image);
    }

    /**
     * The input in grey (its channels averaged, on its own range {@code low}..{@code high}) with the heat laid over
     * it, the more opaque the stronger the pixel.
     */
    public static byte[] overlay(LayerActivations input, FeatureMap strength, double largest) {
        BufferedImage image = new BufferedImage(strength.width(), strength.height(), BufferedImage.TYPE_INT_RGB);
        double span = input.high() - input.low();
        for (int y = 0; y < strength.height(); y++) {
            for (int x = 0; x < strength.width(); x++) {
                double grey = 0;
                for (FeatureMap channel : input.maps()) {
                    grey += span > 0 ? (channel.value(y, x) - input.low()) / span : 0;
                }
                grey /= Math.max(1, input.maps().size());
                double level = level(strength.value(y, x), largest);
                double[] heat = heatColour(level);
                double cover = level * OVERLAY_OPACITY;
                double[] mixed = new double[3];
                for (int c = 0; c < 3; c++) {
                    mixed[c] = (1 - cover) * grey + cover * heat[c];
                }
                image.setRGB(x, y, rgb(mixed));
            }
        }
        return PngBytes.of(image);
    }

    /** The colour of a level between 0 and 1: black, through red and yellow, to white. */
    static double[] heatColour(double level) {
        return new double[]{clamp(3 * level), clamp(3 * level - 1), clamp(3 * level - 2)};
    }

    private static double level(double value, double largest) {
        return largest > 0 ? clamp(Math.abs(value) / largest) : 0;
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }

    private static int rgb(double[] colour) {
        return (int) Math.round(colour[0] * 255) << 16 | (int) Math.round(colour[1] * 255) << 8
                | (int) Math.round(colour[2] * 255);
    }
}
