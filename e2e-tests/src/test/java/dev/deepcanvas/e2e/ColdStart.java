package dev.deepcanvas.e2e;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * One start of the packaged jar on a fresh data directory, timed from the moment the process is launched to the
 * moment it prints its ready line, the line a user waits for before opening the address.
 *
 * <p>{@link AppProcess} learns that the application is up by polling {@code GET /} twice a second, which is fine
 * for tests but would round a start-up time up to the next poll. Here standard output is read as it is written,
 * so the ready line is seen within a few milliseconds; the output is still copied to a log under
 * {@code target/e2e-logs/}.
 */
final class ColdStart implements AutoCloseable {

    /** Printed by the application's ReadyAnnouncer once Spring Boot's ApplicationReadyEvent has fired. */
    static final String READY_LINE_PREFIX = "DeepCanvas is ready at http://localhost:";

    private final Process process;
    private final int port;
    private final Duration toReadyLine;

    private ColdStart(Process process, int port, Duration toReadyLine) {
        this.process = process;
        this.port = port;
        this.toReadyLine = toReadyLine;
    }

    /** Launches the jar with {@code dataDir} as its (empty) data directory and waits for the ready line. */
    static ColdStart launch(Path jar, Path dataDir) throws IOException, InterruptedException {
        Files.createDirectories(dataDir);
        int port = AppProcess.freePort();
        Path log = E2ePaths.logsDir().resolve("cold-start-port" + port + ".log");
        List<String> command = AppProcess.javaCommand(jar.toAbsolutePath(), port);
        ProcessBuilder builder = new ProcessBuilder(command).directory(dataDir.toFile()).redirectErrorStream(true);
        builder.environment().put("DEEPCANVAS_DATA_DIR", dataDir.toAbsolutePath().toString());

        long launched = System.nanoTime();
        Process process = builder.start();
        CompletableFuture<Long> ready = new CompletableFuture<>();
        Thread copier = new Thread(() -> copyOutput(process, log, ready), "cold-start-output-" + port);
        copier.setDaemon(true);
        copier.start();
        try {
            long readyAt = ready.get(AppProcess.STARTUP_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            return new ColdStart(process, port, Duration.ofNanos(readyAt - launched));
        } catch (ExecutionException | TimeoutException e) {
            process.destroyForcibly();
            throw new IllegalStateException("No ready line from " + String.join(" ", command) + " (see " + log + ")", e);
        }
    }

    /** Copies the application's output to the log and notes the time the ready line arrives. */
    private static void copyOutput(Process process, Path log, CompletableFuture<Long> ready) {
        try (BufferedReader output = new BufferedReader(
                     new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
             Writer copy = Files.newBufferedWriter(log, StandardCharsets.UTF_8)) {
            String line;
            while ((line = output.readLine()) != null) {
                if (!ready.isDone() && line.startsWith(READY_LINE_PREFIX)) {
                    ready.complete(System.nanoTime());
                }
                copy.write(line);
                copy.write(System.lineSeparator());
                copy.flush();
            }
            ready.completeExceptionally(new IllegalStateException("The application exited before it was ready"));
        } catch (IOException e) {
            ready.completeExceptionally(e);
        }
    }

    Duration toReadyLine() {
        return toReadyLine;
    }

    long pid() {
        return process.pid();
    }

    /**
     * How long the first page request takes once the ready line is out: whatever the servlet stack sets up lazily
     * is paid for by the first request, so "ready" and "the first page is served" are not the same moment.
     */
    Duration firstPage() throws IOException, InterruptedException {
        HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).build();
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/"))
                .timeout(Duration.ofSeconds(60)).GET().build();
        long sent = System.nanoTime();
        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("GET / answered HTTP " + response.statusCode());
        }
        return Duration.ofNanos(System.nanoTime() - sent);
    }

    /** SIGTERM, then a kill if the graceful shutdown takes too long. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(AppProcess.SHUTDOWN_GRACE.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            process.waitFor();
        }
    }
}
