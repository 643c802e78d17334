package dev.deepcanvas.backend.inside;

import java.awt.image.BufferedImage;

/**
 * Draws one learned filter on the layer's shared scale ({@code low} dark, {@code high} bright), one pixel per weight:
 * a filter over a colour picture in colour, its red, green and blue weights as the pixel's colours; any other in
 * grey, its input channels side by side with a one-pixel mid-grey gap.
 */
public final class FilterPicture {

    private FilterPicture() {
    }

    public static byte[] png(LearnedFilters filters, int filter) {
        int width = filters.isColour() ? filters.width()
                : filters.channels() * (filters.width() + 1) - 1;
        BufferedImage image = new BufferedImage(width, filters.height(), BufferedImage.TYPE_INT_RGB);
        if (filters.isColour()) {
            for (int y = 0; y < filters.height(); y++) {
                for (int x = 0; x < filters.width(); x++) {
                    int red = level(filters, filters.weight(filter, 0, y, x));
                    int green = level(filters, filters.weight(filter, 1, y, x));
                    int blue = level(filters, filters.weight(filter, 2, y, x));
                    image.setRGB(x, y, red << 16 | green << 8 | blue);
                }
            }
        } else {
            for (int y = 0; y < filters.height(); y++) {
                for (int c = 0; c < filters.channels(); c++) {
                    for (int x = 0; x < filters.width(); x++) {
                        int grey = level(filters, filters.weight(filter, c, y, x));
                        image.setRGB(c * (filters.width() + 1) + x, y, grey << 16 | grey << 8 | grey);
                    }
                    if (c + 1 < filters.channels()) {
                        image.setRGB(c * (filters.width() + 1) + filters.width(), y, 0x808080);
                    }
                }
            }
        }
        return PngBytes.of(image);
    }

    /** 0 to 255 across the layer's range; a layer whose weights are all equal is drawn black. */
    static int level(LearnedFilters filters, double weight) {
        double span = filters.high() - filters.low();
        double level = span > 0 ? (weight - filters.low()) / span : 0;
        return (int) Math.round(Math.max(0, Math.min(1, level)) * 255);
    }
}
