package dev.deepcanvas.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The packaged DeepCanvas application running as a child process: {@code java -jar deepcanvas.jar} on a free
 * port, with its data (H2 database, model files) in a directory chosen by the test, or its database on PostgreSQL
 * when the test passes {@code DEEPCANVAS_DB_URL} and its companions in the environment.
 *
 * <p>Standard output and standard error go to one log file under {@code target/e2e-logs/}; every failure
 * message of this class ends with the tail of that log.
 */
public final class AppProcess implements AutoCloseable {

    /** How long the application may take to answer {@code GET /} with 200 after being started. */
    public static final Duration STARTUP_TIMEOUT = Duration.ofSeconds(120);
    /** How long a SIGTERM may take before the process is killed. */
    public static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(30);

    private static final Duration POLL_INTERVAL = Duration.ofMillis(500);
    private static final int LOG_TAIL_CHARS = 6_000;

    private final Path jar;
    private final Path dataDir;
    private final int port;
    private final ProcessLog output;
    /** Extra environment variables for the process (for example the PostgreSQL database to use). */
    private final Map<String, String> environment;
    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(2))
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    private Process process;
    private Thread killOnExit;
    private int starts;

    private AppProcess(Path jar, Path dataDir, int port, Path logFile, Map<String, String> environment) {
        this.jar = jar;
        this.dataDir = dataDir;
        this.port = port;
        this.output = new ProcessLog(logFile);
        this.environment = Map.copyOf(environment);
    }

    /** Starts the jar named by the {@code deepcanvas.jar} system property with the given data directory. */
    public static AppProcess start(Path dataDir) {
        return start(E2ePaths.applicationJar(), dataDir);
    }

    /**
     * Starts the jar named by the {@code deepcanvas.jar} system property with the given data directory and extra
     * environment variables (kept for restarts).
     */
    public static AppProcess start(Path dataDir, Map<String, String> environment) {
        return start(E2ePaths.applicationJar(), dataDir, environment);
    }

    /** Starts {@code jar} on a free port with the given data directory and waits until it serves pages. */
    public static AppProcess start(Path jar, Path dataDir) {
        return start(jar, dataDir, Map.of());
    }

    private static AppProcess start(Path jar, Path dataDir, Map<String, String> environment) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalStateException("The application jar " + jar + " does not exist. Build it first: "
                    + "run `mvn -DskipTests install` in the project root, then run the end-to-end tests again.");
        }
        try {
            Files.createDirectories(dataDir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the data directory " + dataDir, e);
        }
        int port = freePort();
        String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
        Path logFile = E2ePaths.logsDir().resolve("app-" + stamp + "-port" + port + ".log");
        AppProcess app = new AppProcess(jar.toAbsolutePath(), dataDir.toAbsolutePath(), port, logFile, environment);
        app.launch();
        return app;
    }

    public String baseUrl() {
        return "http://localhost:" + port;
    }

    public int port() {
        return port;
    }

    public Path dataDir() {
        return dataDir;
    }

    public Path logFile() {
        return output.file();
    }

    /** The operating-system process id of the running application, for JDK tools such as jcmd. */
    public long pid() {
        if (process == null) {
            throw new IllegalStateException("The application is not running");
        }
        return process.pid();
    }

    public boolean isRunning() {
        return process != null && process.isAlive();
    }

    /** Everything the application has written to standard output and standard error so far. */
    public String log() {
        return output.read();
    }

    /** The last few thousand characters of {@link #log()}, for failure messages. */
    public String logTail() {
        return output.tail(LOG_TAIL_CHARS);
    }

    /** A description of this process and the tail of its log, to append to assertion messages. */
    public String diagnostics() {
        return "\n--- application " + baseUrl() + ", data dir " + dataDir + ", log " + output
                + " (tail) ---\n" + logTail() + "\n--- end of application log ---";
    }

    /** Stops the application and starts it again on the same port and data directory. */
    public void restart() {
        stop();
        launch();
    }

    /** Sends SIGTERM, waits up to {@link #SHUTDOWN_GRACE}, then kills the process (and any children). */
    public void stop() {
        if (process == null) {
            return;
        }
        Process p = process;
        process = null;
        try {
            if (p.isAlive()) {
                p.toHandle().descendants().forEach(ProcessHandle::destroy);
                p.destroy();
                if (!ProcessExit.await(p, SHUTDOWN_GRACE)) {
                    output.append("[e2e] the application did not stop within " + SHUTDOWN_GRACE.toSeconds()
                            + " s of SIGTERM; killing it");
                    p.toHandle().descendants().forEach(ProcessHandle::destroyForcibly);
                    p.destroyForcibly();
                    ProcessExit.await(p, SHUTDOWN_GRACE);
                }
            }
            output.append("[e2e] the application exited with status " + (p.isAlive() ? "(still running)" : p.exitValue()));
        } finally {
            if (killOnExit != null) {
                try {
                    Runtime.getRuntime().removeShutdownHook(killOnExit);
                } catch (IllegalStateException shuttingDown) {
                    // The JVM is already exiting; the hook runs anyway.
                }
                killOnExit = null;
            }
        }
    }

    @Override
    public void close() {
        stop();
    }

    /**
     * The command line every end-to-end start uses, shared with the start-up benchmark so that its figures are
     * for the same JVM settings as the tests.
     */
    static List<String> javaCommand(Path jar, int port) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx2g");
        command.add("-jar");
        command.add(jar.toString());
        command.add("--server.port=" + port);
        return command;
    }

    private void launch() {
        starts++;
        List<String> command = javaCommand(jar, port);
        output.append("[e2e] start #" + starts + " at " + Instant.now() + ": " + String.join(" ", command)
                + " with DEEPCANVAS_DATA_DIR=" + dataDir
                + (environment.isEmpty() ? "" : " and " + String.join(", ", environment.keySet())));

        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(dataDir.toFile())
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(output.file().toFile()));
        builder.environment().put("DEEPCANVAS_DATA_DIR", dataDir.toString());
        builder.environment().putAll(environment);
        try {
            process = builder.start();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start " + String.join(" ", command), e);
        }
        Process started = process;
        killOnExit = new Thread(() -> started.destroyForcibly(), "kill-deepcanvas-" + port);
        Runtime.getRuntime().addShutdownHook(killOnExit);
        awaitReady();
    }

    /** Polls {@code GET /} until it answers 200; fails early if the process exits. */
    private void awaitReady() {
        Instant launched = Instant.now();
        Instant deadline = launched.plus(STARTUP_TIMEOUT);
        String lastAnswer = "no answer yet";
        while (Instant.now().isBefore(deadline)) {
            try {
                HttpResponse<Void> response = http.send(
                        HttpRequest.newBuilder(URI.create(baseUrl() + "/")).timeout(Duration.ofSeconds(10)).GET().build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    // What a start costs the suite, to weigh a process per test against a shared one.
                    output.append("[e2e] start #" + starts + " answered GET / after "
                            + Duration.between(launched, Instant.now()).toMillis() / 1000.0 + " s");
                    return;
                }
                lastAnswer = "HTTP " + response.statusCode();
            } catch (ConnectException | HttpTimeoutException e) {
                lastAnswer = e.getClass().getSimpleName();
            } catch (IOException e) {
                lastAnswer = e.toString();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                stop();
                throw new IllegalStateException("Interrupted while waiting for the application to start", e);
            }
            // Waiting for the process to exit doubles as the pause between two polls.
            if (ProcessExit.await(process, POLL_INTERVAL)) {
                int status = process.exitValue();
                stop();
                throw new IllegalStateException("The application exited with status " + status
                        + " before it answered on " + baseUrl() + "/" + diagnostics());
            }
        }
        String answer = lastAnswer;
        stop();
        throw new IllegalStateException("The application did not answer GET " + baseUrl() + "/ with HTTP 200 within "
                + STARTUP_TIMEOUT.toSeconds() + " s (last answer: " + answer + ")" + diagnostics());
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot find a free TCP port", e);
        }
    }
}
