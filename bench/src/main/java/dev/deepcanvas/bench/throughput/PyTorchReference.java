package dev.deepcanvas.bench.throughput;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs the team's PyTorch reference script ({@code shared/bench/pytorch_reference.py}, kept outside this
 * repository) with Debian's {@code python3-torch}, for the same three models, batch sizes and repetitions.
 * Where the script or PyTorch is missing the bench says so instead of printing a ratio.
 */
final class PyTorchReference {

    static final String PYTHON = "/usr/bin/python3";
    private static final Pattern LINE = Pattern.compile("^(\\w+)\\tbatch=\\d+\\t([0-9.]+) samples/s$");

    private final Path script;
    private String version = "";
    private String unavailable;

    private PyTorchReference(Path script, String unavailable) {
        this.script = script;
        this.unavailable = unavailable;
    }

    /** The script named by DEEPCANVAS_PYTORCH_REFERENCE, else ../shared/bench/pytorch_reference.py. */
    static PyTorchReference locate() {
        String configured = System.getenv("DEEPCANVAS_PYTORCH_REFERENCE");
        Path script = configured != null ? Path.of(configured)
                : Path.of("..", "shared", "bench", "pytorch_reference.py").toAbsolutePath().normalize();
        if (!Files.isRegularFile(script)) {
            return new PyTorchReference(script, "no reference script at " + script
                    + " (set DEEPCANVAS_PYTORCH_REFERENCE)");
        }
        if (!Files.isExecutable(Path.of(PYTHON))) {
            return new PyTorchReference(script, PYTHON + " is missing");
        }
        return new PyTorchReference(script, null);
    }

    /** Why there are no PyTorch figures, or empty when there are. */
    Optional<String> unavailable() {
        return Optional.ofNullable(unavailable);
    }

    String version() {
        return version;
    }

    /**
     * Samples per second by model id (mlp, lenet, lstm); empty when PyTorch could not run. The script runs twice,
     * in the inherited environment and with {@code OMP_NUM_THREADS=1}, and each model keeps its faster figure:
     * Debian's PyTorch uses a pthreads OpenBLAS, whose own threads fight PyTorch's OpenMP threads for the two cores
     * unless OpenBLAS is told to use one (LeNet: about 2,200 against 3,500 samples/s), and the comparison should be
     * with PyTorch at its best.
     */
    Map<String, Double> measure(int threads, Repetitions reps) throws InterruptedException {
        Map<String, Double> best = new HashMap<>();
        for (Map<String, String> environment : List.of(Map.<String, String>of(), Map.of("OMP_NUM_THREADS", "1"))) {
            if (unavailable != null) {
                return Map.of();
            }
            run(threads, reps, environment).forEach((model, rate) -> best.merge(model, rate, Math::max));
        }
        return best;
    }

    private Map<String, Double> run(int threads, Repetitions reps, Map<String, String> environment)
            throws InterruptedException {
        List<String> command = List.of(PYTHON, script.toString(), "--threads", String.valueOf(threads),
                "--iters", String.valueOf(reps.iterations()), "--reps", String.valueOf(reps.reps()));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
            builder.environment().putAll(environment);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(30, TimeUnit.MINUTES) || process.exitValue() != 0) {
                unavailable = "the reference script failed: " + lastLine(output);
                return Map.of();
            }
            Map<String, Double> rates = new HashMap<>();
            for (String line : output.split("\n")) {
                Matcher m = LINE.matcher(line.strip());
                if (m.matches()) {
                    rates.put(m.group(1), Double.parseDouble(m.group(2)));
                } else if (line.startsWith("pytorch ")) {
                    version = line.strip() + ", best of its default environment and OMP_NUM_THREADS=1";
                }
            }
            return rates;
        } catch (IOException e) {
            unavailable = "could not start " + PYTHON + ": " + e.getMessage();
            return Map.of();
        }
    }

    private static String lastLine(String output) {
        String[] lines = output.strip().split("\n");
        String last = lines[lines.length - 1];
        return last.contains("No module named 'torch'")
                ? "PyTorch is not installed (apt-get install -y python3-torch libopenblas0-pthread)" : last;
    }
}
