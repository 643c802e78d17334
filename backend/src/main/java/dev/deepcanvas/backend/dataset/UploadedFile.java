package dev.deepcanvas.backend.dataset;

import dev.deepcanvas.backend.dataset.upload.UploadLimits;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;

/** The bytes of one uploaded file and the name the user's browser gave it. */
public record UploadedFile(String fileName, byte[] bytes) {

    /**
     * Reads an upload, stopping as soon as it passes the size cap so an oversize file never sits in memory whole.
     *
     * @throws UploadRejectedException when the file is empty or larger than {@code maxBytes}
     */
    public static UploadedFile read(String fileName, InputStream in, long maxBytes) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        long total = 0;
        try {
            for (int n; (n = in.read(buffer)) > 0; ) {
                total += n;
                if (total > maxBytes) {
                    throw new UploadRejectedException("The file '" + fileName + "' is larger than the "
                            + UploadLimits.describeBytes(maxBytes) + " upload limit. Upload a smaller file "
                            + "(fewer rows, or smaller or fewer images).");
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            throw new UploadRejectedException("The file '" + fileName + "' could not be read completely ("
                    + e.getMessage() + "). Try uploading it again.");
        }
        if (total == 0) {
            throw new UploadRejectedException("The file '" + fileName + "' is empty.");
        }
        return new UploadedFile(fileName, out.toByteArray());
    }
}
