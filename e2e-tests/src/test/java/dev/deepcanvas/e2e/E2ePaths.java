package dev.deepcanvas.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the end-to-end tests find the application and write what they produce. */
final class E2ePaths {

    private E2ePaths() {
    }

    /** The build directory of this module ({@code e2e-tests/target} under Maven). */
    static Path outputDir() {
        return Path.of(System.getProperty("e2e.outputDir", "target")).toAbsolutePath().normalize();
    }

    /** The packaged application, {@code frontend/target/deepcanvas.jar} under Maven. */
    static Path applicationJar() {
        return Path.of(System.getProperty("deepcanvas.jar", "../frontend/target/deepcanvas.jar"))
                .toAbsolutePath().normalize();
    }

    static Path logsDir() {
        return directory("e2e-logs");
    }

    static Path screenshotsDir() {
        return directory("screenshots");
    }

    static Path failuresDir() {
        return directory("failures");
    }

    /** A fresh, empty directory under {@code target/<parent>} that is kept after the run for inspection. */
    static Path freshDirectory(String parent, String prefix) {
        try {
            return Files.createTempDirectory(directory(parent), prefix);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create a directory under " + outputDir().resolve(parent), e);
        }
    }

    private static Path directory(String name) {
        Path dir = outputDir().resolve(name);
        try {
            return Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create " + dir, e);
        }
    }

    /** Turns a test or file name into something safe to use as a file name. */
    static String safeFileName(String name) {
        return name.replaceAll("[^A-Za-z0-9._-]+", "_");
    }
}
