package dev.deepcanvas.bench.cluster;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Worker processes of the packaged jar (role worker), each training one run at a time with one native thread, as
 * bench/cluster.sh starts them. Stopped with SIGTERM, as an operator would.
 */
final class WorkerProcesses implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(5);
    /** The environment variable with extra JVM options for the workers. */
    static final String OPTIONS_VARIABLE = "DEEPCANVAS_BENCH_WORKER_JVM";

    private final List<Process> processes = new ArrayList<>();
    private final List<Path> terminals = new ArrayList<>();

    static WorkerProcesses start(int count, Path jar, BenchDatabase database, Path shared, Path scratch)
            throws IOException {
        WorkerProcesses workers = new WorkerProcesses();
        for (int i = 1; i <= count; i++) {
            Path folder = Files.createDirectories(scratch.resolve("worker-" + i + "-" + System.nanoTime()));
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx1g",
                    "-Ddeepcanvas.native-threads=1"));
            command.addAll(extraOptions());
            command.addAll(List.of("-jar", jar.toString()));
            command.addAll(database.nodeArguments());
            Path terminal = folder.resolve("terminal.log");
            ProcessBuilder builder = new ProcessBuilder(command).directory(folder.toFile()).redirectErrorStream(true)
                    .redirectOutput(terminal.toFile());
            builder.environment().put("DEEPCANVAS_ROLE", "worker");
            builder.environment().put("DEEPCANVAS_DATA_DIR", folder.toString());
            builder.environment().put("DEEPCANVAS_SHARED_DIR", shared.toString());
            builder.environment().put("DEEPCANVAS_TRAINING_WORKERS", "1");
            workers.processes.add(builder.start());
            workers.terminals.add(terminal);
        }
        workers.awaitReady();
        return workers;
    }

    /**
     * JVM options for every worker beyond the fixed ones, from {@value #OPTIONS_VARIABLE} (space-separated), so that
     * worker settings can be compared with the same bench; none when it is unset.
     */
    static List<String> extraOptions() {
        String options = System.getenv(OPTIONS_VARIABLE);
        return options == null || options.isBlank() ? List.of() : List.of(options.trim().split("\\s+"));
    }

    private void awaitReady() throws IOException {
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        for (int i = 0; i < processes.size(); i++) {
            while (!Files.readString(terminals.get(i)).contains("is ready:")) {
                if (!processes.get(i).isAlive() || Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("A worker did not start: " + Files.readString(terminals.get(i)));
                }
                sleep(250);
            }
        }
    }

    @Override
    public void close() {
        processes.forEach(Process::destroy);
        for (Process process : processes) {
            try {
                if (!process.waitFor(60, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new UncheckedIOException(new IOException("interrupted", e));
        }
    }
}
