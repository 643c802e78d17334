package dev.deepcanvas.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One node of a cluster: the packaged jar started as a child process in a role (web or worker), against a shared
 * PostgreSQL database and shared folder, with a data folder (and log) of its own. A web node is ready when it answers
 * {@code GET /}; a worker (no port) when it prints its ready line, which names it.
 */
final class ClusterNode implements AutoCloseable {

    static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(240);
    private static final Pattern WORKER_READY = Pattern.compile("DeepCanvas worker (\\S+) is ready");

    private final String name;
    private final String role;
    private final List<String> command;
    private final Path dataDir;
    private final Path sharedDir;
    private final ProcessLog output;
    private final int port;
    private Process process;
    private String workerId;

    private ClusterNode(String name, String role, List<String> command, Path dataDir, Path sharedDir, int port) {
        this.name = name;
        this.role = role;
        this.command = command;
        this.dataDir = dataDir;
        this.sharedDir = sharedDir;
        this.port = port;
        this.output = new ProcessLog(
                E2ePaths.logsDir().resolve("cluster-" + name + "-" + Instant.now().toEpochMilli() + ".log"));
    }

    /** A web node on a free port (not started yet). */
    static ClusterNode web(String name, ClusterDatabase database, Path sharedDir) {
        int port = AppProcess.freePort();
        return new ClusterNode(name, "web", command(database, List.of("--server.port=" + port)),
                nodeFolder(name), sharedDir, port);
    }

    /** A worker training one run at a time on one native thread (not started yet). */
    static ClusterNode worker(String name, ClusterDatabase database, Path sharedDir) {
        return new ClusterNode(name, "worker", command(database, List.of()), nodeFolder(name), sharedDir, 0);
    }

    private static List<String> command(ClusterDatabase database, List<String> extra) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx1g");
        command.add("-Ddeepcanvas.native-threads=1");
        command.add("-jar");
        command.add(E2ePaths.applicationJar().toString());
        command.addAll(database.nodeArguments());
        command.addAll(extra);
        return command;
    }

    private static Path nodeFolder(String name) {
        return E2ePaths.freshDirectory("cluster-nodes", name + "-");
    }

    /** Starts the process; {@link #awaitReady()} waits for it. */
    ClusterNode launch() {
        ProcessBuilder builder = new ProcessBuilder(command).directory(dataDir.toFile()).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.file().toFile()));
        builder.environment().put("DEEPCANVAS_ROLE", role);
        builder.environment().put("DEEPCANVAS_DATA_DIR", dataDir.toString());
        builder.environment().put("DEEPCANVAS_SHARED_DIR", sharedDir.toString());
        output.append("[e2e] starting " + name + " (" + role + ") at " + Instant.now());
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + name, e);
        }
        return this;
    }

    /** Waits until the node serves pages (web) or has announced itself (worker); fails if it exits first. */
    ClusterNode awaitReady() {
        Instant deadline = Instant.now().plus(STARTUP_TIMEOUT);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2))
                .followRedirects(HttpClient.Redirect.NORMAL).build();
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with status " + process.exitValue()
                        + " before it was ready" + diagnostics());
            }
            if (role.equals("worker")) {
                Matcher ready = WORKER_READY.matcher(log());
                if (ready.find()) {
                    workerId = ready.group(1);
                    return this;
                }
            } else if (answers(http)) {
                return this;
            }
            sleep(500);
        }
        throw new IllegalStateException(name + " was not ready within " + STARTUP_TIMEOUT.toSeconds() + " s"
                + diagnostics());
    }

    private boolean answers(HttpClient http) {
        try {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(baseUrl() + "/"))
                    .timeout(Duration.ofSeconds(10)).GET().build(), HttpResponse.BodyHandlers.discarding());
            return response.statusCode() == 200;
        } catch (ConnectException | HttpTimeoutException e) {
            return false;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    String name() {
        return name;
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    /** The worker's id as it announced it (and as runs record it). */
    String workerId() {
        return workerId;
    }

    Path logFile() {
        return output.file();
    }

    Path dataDir() {
        return dataDir;
    }

    boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Kills the process at once (SIGKILL): no shutdown hook runs, no run is handed back, as in a power loss. */
    void kill() {
        output.append("[e2e] kill -9 at " + Instant.now());
        process.destroyForcibly();
        ProcessExit.await(process, Duration.ofSeconds(30));
    }

    /** Stops the process as an operator would (SIGTERM), killing it if it does not stop within a minute. */
    void stop() {
        if (process == null || !process.isAlive()) {
            return;
        }
        process.destroy();
        if (!ProcessExit.await(process, Duration.ofSeconds(60))) {
            output.append("[e2e] did not stop within 60 s of SIGTERM; killing it");
            process.destroyForcibly();
            ProcessExit.await(process, Duration.ofSeconds(30));
        }
    }

    @Override
    public void close() {
        stop();
    }

    String log() {
        return output.read();
    }

    /** The node's own log file in its data folder (everything, at INFO), for lines the terminal does not show. */
    String applicationLog() {
        return new ProcessLog(dataDir.resolve("logs").resolve("deepcanvas.log")).read();
    }

    String diagnostics() {
        return "\n--- " + name + " (" + role + "), log " + output + " (tail) ---\n" + output.tail(4000)
                + "\n--- end ---";
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
