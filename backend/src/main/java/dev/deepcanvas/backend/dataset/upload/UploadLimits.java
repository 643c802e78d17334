package dev.deepcanvas.backend.dataset.upload;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Caps that keep one upload from filling the disk or the memory: the uploaded file, the bytes a zip may unpack to
 * (a zip bomb is tiny but unpacks to gigabytes, so unpacked bytes are counted as they are read, not taken from the
 * zip's own headers), the number of files in a zip and the side of an image before it is decoded.
 */
@Component
public class UploadLimits {

    private final long maxFileBytes;
    private final long maxUnpackedBytes;
    private final int maxFiles;
    private final int maxImageSide;

    public UploadLimits(@Value("${deepcanvas.upload.max-file-bytes:52428800}") long maxFileBytes,
                        @Value("${deepcanvas.upload.max-unpacked-bytes:209715200}") long maxUnpackedBytes,
                        @Value("${deepcanvas.upload.max-files:20000}") int maxFiles,
                        @Value("${deepcanvas.upload.max-image-side:4096}") int maxImageSide) {
        this.maxFileBytes = maxFileBytes;
        this.maxUnpackedBytes = maxUnpackedBytes;
        this.maxFiles = maxFiles;
        this.maxImageSide = maxImageSide;
    }

    public long maxFileBytes() {
        return maxFileBytes;
    }

    public long maxUnpackedBytes() {
        return maxUnpackedBytes;
    }

    public int maxFiles() {
        return maxFiles;
    }

    public int maxImageSide() {
        return maxImageSide;
    }

    /** "50 MB", for messages. */
    public static String describeBytes(long bytes) {
        if (bytes >= 1024 * 1024) {
            return (bytes / (1024 * 1024)) + " MB";
        }
        if (bytes >= 1024) {
            return (bytes / 1024) + " KB";
        }
        return bytes + " bytes";
    }
}
