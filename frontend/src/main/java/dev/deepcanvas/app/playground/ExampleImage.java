package dev.deepcanvas.app.playground;

import com.vaadin.flow.component.html.Image;
import org.nd4j.linalg.api.ndarray.INDArray;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Base64;

/** Draws one image example, [1, C, H, W] with values in [0, 1], as an inline PNG. */
public final class ExampleImage {

    private ExampleImage() {
    }

    public static Image of(INDArray example, String alt, int displaySize) {
        long[] shape = example.shape();
        int channels = (int) shape[1];
        int height = (int) shape[2];
        int width = (int) shape[3];
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int r = level(example.getDouble(0, 0, y, x));
                int g = channels >= 3 ? level(example.getDouble(0, 1, y, x)) : r;
                int b = channels >= 3 ? level(example.getDouble(0, 2, y, x)) : r;
                image.setRGB(x, y, (r << 16) | (g << 8) | b);
            }
        }
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing a PNG to memory cannot fail", e);
        }
        Image img = new Image("data:image/png;base64," + Base64.getEncoder().encodeToString(png.toByteArray()), alt);
        img.addClassName("example-image");
        img.setWidth(displaySize + "px");
        img.setHeight(displaySize + "px");
        return img;
    }

    private static int level(double value) {
        return (int) Math.round(Math.max(0, Math.min(1, value)) * 255);
    }
}
