package dev.deepcanvas.backend.dataset.upload;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Resizes a picture to the dataset's height × width and reads it as channel-first floats in [0, 1]. */
final class ImagePixels {

    private ImagePixels() {
    }

    /** Pixels in DL4J's channel-first order: all of channel 0 row by row, then channel 1, … */
    static float[] of(BufferedImage image, int height, int width, int channels) {
        BufferedImage resized = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = resized.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            // Transparent areas become white, as they look in a browser on a white page.
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.drawImage(image, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        float[] pixels = new float[channels * height * width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = resized.getRGB(x, y);
                float r = ((rgb >> 16) & 0xFF) / 255f;
                float gr = ((rgb >> 8) & 0xFF) / 255f;
                float b = (rgb & 0xFF) / 255f;
                if (channels == 1) {
                    // Luminance as ITU-R BT.601 weighs the channels.
                    pixels[y * width + x] = 0.299f * r + 0.587f * gr + 0.114f * b;
                } else {
                    pixels[y * width + x] = r;
                    pixels[(height + y) * width + x] = gr;
                    pixels[(2 * height + y) * width + x] = b;
                }
            }
        }
        return pixels;
    }

    /** The resized pixels back as a PNG, so a preview shows exactly what the model will see. */
    static byte[] png(float[] pixels, int height, int width, int channels) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = Math.round(pixels[y * width + x] * 255);
                int g = channels == 1 ? r : Math.round(pixels[(height + y) * width + x] * 255);
                int b = channels == 1 ? r : Math.round(pixels[(2 * height + y) * width + x] * 255);
                image.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            javax.imageio.ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
