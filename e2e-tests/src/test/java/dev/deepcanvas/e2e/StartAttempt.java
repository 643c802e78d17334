package dev.deepcanvas.e2e;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * One start of the packaged jar that is expected to fail: what it printed on standard output and on standard error,
 * kept apart (a user sees both on the terminal), and its exit status.
 */
record StartAttempt(int status, String out, String err) {

    private static final Duration LIMIT = Duration.ofSeconds(90);

    /** Starts the jar with the given data folder and extra environment, and waits for it to exit. */
    static StartAttempt run(Path dataDir, Map<String, String> environment) {
        try {
            Files.createDirectories(dataDir);
            List<String> command = AppProcess.javaCommand(E2ePaths.applicationJar(), AppProcess.freePort());
            ProcessBuilder builder = new ProcessBuilder(command).directory(dataDir.toFile());
            builder.environment().put("DEEPCANVAS_DATA_DIR", dataDir.toString());
            builder.environment().putAll(environment);
            Process process = builder.start();
            CompletableFuture<String> out = read(process.getInputStream());
            CompletableFuture<String> err = read(process.getErrorStream());
            if (!process.waitFor(LIMIT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
                throw new AssertionError("The application was expected to refuse to start, but it still ran after "
                        + LIMIT.toSeconds() + " s. Its output: " + out.join() + err.join());
            }
            return new StartAttempt(process.exitValue(), out.join(), err.join());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the application jar", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for the application to exit", e);
        }
    }

    private static CompletableFuture<String> read(InputStream stream) {
        return CompletableFuture.supplyAsync(() -> {
            try (stream) {
                return new String(stream.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                return "(unreadable: " + e + ")";
            }
        });
    }

    /** Everything the terminal showed, for failure messages. */
    String terminal() {
        return "exit status " + status + "\n--- stdout ---\n" + out + "--- stderr ---\n" + err + "--- end ---";
    }
}
