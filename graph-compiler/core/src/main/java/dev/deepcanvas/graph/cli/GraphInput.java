package dev.deepcanvas.graph.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * Reads the bytes of the graph the command line was given, a file or standard input ({@code -}), refusing what
 * cannot be a graph document before reading it: a missing file, a folder, an unreadable file, more than the size cap.
 * Each refusal is an {@link IOException} whose message names the file and what to do.
 */
final class GraphInput {

    private GraphInput() {
    }

    static byte[] read(String source, InputStream stdin, long maxBytes) throws IOException {
        if (source.equals("-")) {
            return readCapped(stdin, maxBytes);
        }
        Path path;
        try {
            path = Path.of(source);
        } catch (InvalidPathException e) {
            throw new IOException("\"" + source + "\" is not a valid file name: " + e.getReason() + ".");
        }
        if (Files.isDirectory(path)) {
            throw new IOException(source + " is a folder, not a graph file. Give the path of a .json file in it.");
        }
        if (!Files.exists(path)) {
            throw new IOException("no such file: " + source + ". Check the path (it is relative to the current "
                    + "folder, " + Path.of("").toAbsolutePath() + ").");
        }
        if (!Files.isRegularFile(path)) {
            throw new IOException(source + " is not a regular file (a device or a pipe?). Give the path of a "
                    + ".json file, or - to read standard input.");
        }
        if (!Files.isReadable(path)) {
            throw new IOException(source + " cannot be read: permission denied.");
        }
        if (Files.size(path) > maxBytes) {
            throw new IOException(source + " is larger than " + maxBytes / 1_000_000 + " MB, the most a graph "
                    + "document can take.");
        }
        try {
            return Files.readAllBytes(path);
        } catch (AccessDeniedException e) {
            throw new IOException(source + " cannot be read: permission denied.");
        }
    }

    private static byte[] readCapped(InputStream in, long maxBytes) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        byte[] chunk = new byte[65536];
        int n;
        while ((n = in.read(chunk)) > 0) {
            buf.write(chunk, 0, n);
            if (buf.size() > maxBytes) {
                throw new IOException("standard input is larger than " + maxBytes / 1_000_000 + " MB, the most a "
                        + "graph document can take.");
            }
        }
        return buf.toByteArray();
    }
}
