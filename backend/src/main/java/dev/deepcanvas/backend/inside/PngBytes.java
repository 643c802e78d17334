package dev.deepcanvas.backend.inside;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/** The PNG bytes of a picture drawn in memory, as the Inside view's pictures are sent to the page. */
final class PngBytes {

    private PngBytes() {
    }

    static byte[] of(BufferedImage image) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException("Writing a PNG to memory cannot fail", e);
        }
        return png.toByteArray();
    }
}
