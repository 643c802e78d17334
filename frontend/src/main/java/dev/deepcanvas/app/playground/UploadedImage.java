package dev.deepcanvas.app.playground;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import javax.imageio.ImageIO;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;

/** A picture the user uploads to the playground, resized to the model's H×W×C with values in [0, 1]. */
public final class UploadedImage {

    private UploadedImage() {
    }

    /** Empty when the bytes are not an image Java can read (PNG, JPEG, GIF, BMP). */
    public static Optional<INDArray> toInput(byte[] bytes, int height, int width, int channels) {
        BufferedImage source;
        try {
            source = ImageIO.read(new ByteArrayInputStream(bytes));
        } catch (IOException e) {
            return Optional.empty();
        }
        if (source == null) {
            return Optional.empty();
        }
        BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = scaled.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(source, 0, 0, width, height, null);
        g.dispose();
        INDArray input = Nd4j.zeros(1, channels, height, width);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int rgb = scaled.getRGB(x, y);
                double r = ((rgb >> 16) & 0xff) / 255.0;
                double gr = ((rgb >> 8) & 0xff) / 255.0;
                double b = (rgb & 0xff) / 255.0;
                if (channels == 1) {
                    input.putScalar(new long[]{0, 0, y, x}, (r + gr + b) / 3);
                } else {
                    input.putScalar(new long[]{0, 0, y, x}, r);
                    input.putScalar(new long[]{0, 1, y, x}, gr);
                    input.putScalar(new long[]{0, 2, y, x}, b);
                }
            }
        }
        return Optional.of(input);
    }
}
