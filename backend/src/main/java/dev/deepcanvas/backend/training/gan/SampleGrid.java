package dev.deepcanvas.backend.training.gan;

import org.nd4j.linalg.api.ndarray.INDArray;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Draws generated images [N, C, H, W] side by side as one PNG, the way a learner judges a GAN: many samples at once.
 * One channel is drawn grey, three as RGB. Values are taken as [0, 1] (sigmoid); a tanh generator's [−1, 1] is
 * mapped into it.
 */
public final class SampleGrid {

    /** A pixel gap between samples, so the grid reads as separate pictures. */
    static final int GAP = 2;
    static final int SCALE = 2;

    private SampleGrid() {
    }

    public static byte[] png(INDArray images, int columns) {
        int n = (int) images.size(0);
        int channels = (int) images.size(1);
        int h = (int) images.size(2);
        int w = (int) images.size(3);
        int rows = (n + columns - 1) / columns;
        boolean signed = images.minNumber().doubleValue() < -0.01;
        int cellW = w * SCALE + GAP;
        int cellH = h * SCALE + GAP;
        BufferedImage grid = new BufferedImage(columns * cellW + GAP, rows * cellH + GAP, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < n; i++) {
            int left = GAP + (i % columns) * cellW;
            int top = GAP + (i / columns) * cellH;
            for (int y = 0; y < h; y++) {
                for (int x = 0; x < w; x++) {
                    int r = level(images.getDouble(i, 0, y, x), signed);
                    int g = channels >= 3 ? level(images.getDouble(i, 1, y, x), signed) : r;
                    int b = channels >= 3 ? level(images.getDouble(i, 2, y, x), signed) : r;
                    int rgb = (r << 16) | (g << 8) | b;
                    for (int dy = 0; dy < SCALE; dy++) {
                        for (int dx = 0; dx < SCALE; dx++) {
                            grid.setRGB(left + x * SCALE + dx, top + y * SCALE + dy, rgb);
                        }
                    }
                }
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(grid, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not encode a sample grid", e);
        }
        return out.toByteArray();
    }

    private static int level(double value, boolean signed) {
        double unit = signed ? (value + 1) / 2 : value;
        return (int) Math.round(Math.max(0, Math.min(1, unit)) * 255);
    }
}
