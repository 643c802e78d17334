package dev.deepcanvas.backend.inside;

import java.awt.image.BufferedImage;

/**
 * Draws a feature map as a grey-scale PNG, one pixel per value: {@code low} black, {@code high} white. All maps of a
 * layer share the layer's range, so that a brighter channel really is more active than a darker one.
 */
public final class FeatureMapPicture {

    private FeatureMapPicture() {
    }

    public static byte[] png(FeatureMap map, double low, double high) {
        BufferedImage image = new BufferedImage(map.width(), map.height(), BufferedImage.TYPE_BYTE_GRAY);
        double span = high - low;
        for (int y = 0; y < map.height(); y++) {
            for (int x = 0; x < map.width(); x++) {
                // A layer whose values are all equal has nothing to contrast: drawn black rather than divided by 0.
                double level = span > 0 ? (map.value(y, x) - low) / span : 0;
                int grey = (int) Math.round(Math.max(0, Math.min(1, level)) * 255);
                image.getRaster().setSample(x, y, 0, grey);
            }
        }
        return PngBytes.of(image);
    }
}
