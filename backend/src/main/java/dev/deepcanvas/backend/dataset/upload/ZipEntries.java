package dev.deepcanvas.backend.dataset.upload;

import dev.deepcanvas.backend.dataset.UploadRejectedException;
import dev.deepcanvas.backend.dataset.UploadedFile;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Unpacks an uploaded zip in memory, defensively: paths that would escape the archive (zip slip) are refused even
 * though nothing is written to disk from them, the unpacked bytes are counted as they are inflated (a zip bomb lies in
 * its headers), and the number of files is capped.
 */
final class ZipEntries {

    /** A file of the zip: its path inside the archive (always with '/') and its bytes. */
    record Entry(String path, byte[] bytes) {
    }

    /** Files, and folders named by directory entries (a folder may hold no file: an empty class). */
    record Contents(List<Entry> files, Set<String> folders) {
    }

    private ZipEntries() {
    }

    static Contents read(UploadedFile file, UploadLimits limits) {
        List<Entry> files = new ArrayList<>();
        Set<String> folders = new LinkedHashSet<>();
        long unpacked = 0;
        int count = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file.bytes()))) {
            byte[] buffer = new byte[64 * 1024];
            for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
                String path = checkedPath(entry.getName());
                if (++count > limits.maxFiles()) {
                    throw new UploadRejectedException("The zip holds more than " + limits.maxFiles()
                            + " files. Upload fewer images.");
                }
                if (entry.isDirectory()) {
                    if (!ignored(path)) {
                        folders.add(path.substring(0, path.length() - 1));
                    }
                    continue;
                }
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                for (int n; (n = zip.read(buffer)) > 0; ) {
                    unpacked += n;
                    if (unpacked > limits.maxUnpackedBytes()) {
                        throw new UploadRejectedException("The zip '" + file.fileName() + "' unpacks to more than "
                                + UploadLimits.describeBytes(limits.maxUnpackedBytes()) + ", the limit for one "
                                + "upload. Upload fewer or smaller images.");
                    }
                    out.write(buffer, 0, n);
                }
                if (!ignored(path)) {
                    files.add(new Entry(path, out.toByteArray()));
                }
            }
        } catch (IOException | IllegalArgumentException e) {
            throw new UploadRejectedException("The file '" + file.fileName() + "' is not a readable zip archive. "
                    + "Create it again with your system's \"compress\" or \"send to zip\" command.");
        }
        if (count == 0) {
            throw new UploadRejectedException("The file '" + file.fileName() + "' is not a zip archive, or an "
                    + "empty one. Upload a zip with one folder of images per class.");
        }
        return new Contents(files, folders);
    }

    /** Refuses absolute paths, drive letters and ".." segments: entries must stay inside the archive. */
    private static String checkedPath(String name) {
        String path = name.replace('\\', '/');
        boolean escapes = path.startsWith("/") || path.matches("^[A-Za-z]:.*")
                || List.of(path.split("/")).contains("..");
        if (escapes) {
            throw new UploadRejectedException("The zip contains the path '" + name + "', which points outside the "
                    + "archive; zip the class folders again from their parent folder.");
        }
        return path;
    }

    /** Files operating systems add on their own (macOS resource forks, Finder and Explorer caches). */
    private static boolean ignored(String path) {
        String base = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        base = base.substring(base.lastIndexOf('/') + 1);
        return path.startsWith("__MACOSX/") || base.startsWith(".") || base.equalsIgnoreCase("Thumbs.db");
    }
}
