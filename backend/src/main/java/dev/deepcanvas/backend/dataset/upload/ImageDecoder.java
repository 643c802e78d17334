package dev.deepcanvas.backend.dataset.upload;

import dev.deepcanvas.backend.dataset.UploadRejectedException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;

/**
 * Decodes one file of an uploaded zip. The size is read from the header first: a small file can declare a picture of
 * 50,000 × 50,000 pixels that would take gigabytes to decode.
 */
final class ImageDecoder {

    private static final Logger log = LoggerFactory.getLogger(ImageDecoder.class);

    private ImageDecoder() {
    }

    static BufferedImage decode(ZipEntries.Entry entry, int maxSide) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(entry.bytes()))) {
            Iterator<ImageReader> readers = in == null ? null : ImageIO.getImageReaders(in);
            if (readers == null || !readers.hasNext()) {
                throw notAnImage(entry);
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if (width > maxSide || height > maxSide) {
                    throw new UploadRejectedException("'" + entry.path() + "' is " + width + "×" + height
                            + " pixels; pictures can be at most " + maxSide + " pixels a side. Shrink it or "
                            + "remove it from the zip.");
                }
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw notAnImage(entry);
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (UploadRejectedException rejected) {
            throw rejected;
        } catch (IOException e) {
            throw damaged(entry);
        } catch (RuntimeException e) {
            // ImageIO's decoders answer some malformed files with unchecked exceptions; the trace stays in the log
            // in case it is a decoder's fault rather than the file's.
            log.info("The picture '{}' could not be decoded", entry.path(), e);
            throw damaged(entry);
        }
    }

    private static UploadRejectedException damaged(ZipEntries.Entry entry) {
        return new UploadRejectedException("'" + entry.path() + "' could not be read as a picture (it may be "
                + "damaged). Remove it from the zip or save it again as PNG or JPEG.");
    }

    private static UploadRejectedException notAnImage(ZipEntries.Entry entry) {
        return new UploadRejectedException("'" + entry.path() + "' is not a picture DeepCanvas can read (PNG, "
                + "JPEG, GIF or BMP). Remove it from the zip; every file must be an image inside a class folder.");
    }
}
