package dev.deepcanvas.backend.dataset.upload;

import dev.deepcanvas.backend.dataset.UploadRejectedException;
import dev.deepcanvas.backend.dataset.transform.SplitFractions;

/**
 * How a zip of class folders becomes an image dataset: every picture is resized to height × width and converted to
 * 1 (grey) or 3 (RGB) channels, whatever its original size and format.
 */
public record ImageImportOptions(String name, int height, int width, int channels, SplitFractions split) {

    public static ImageImportOptions defaults(String name) {
        return new ImageImportOptions(name, 32, 32, 3, SplitFractions.DEFAULT);
    }

    void check() {
        if (height < 4 || height > 512 || width < 4 || width > 512) {
            throw new UploadRejectedException("Images can be resized to 4 to 512 pixels a side; " + height + "×"
                    + width + " is outside that. Choose, for example, 32×32.");
        }
        if (channels != 1 && channels != 3) {
            throw new UploadRejectedException("Channels must be 1 (grey) or 3 (colour), not " + channels + ".");
        }
        split.check();
    }
}
