package dev.deepcanvas.bench.throughput;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Runs the project's own PyTorch scripts ({@code bench/pytorch/}: the bench models, their training and inference
 * throughput, the GAN steps) with Debian's {@code python3-torch}. Nothing outside the repository is read. Where Python
 * or PyTorch is missing the bench prints why instead of a figure.
 *
 * <p>With several threads each script runs twice, in the inherited environment and with {@code OMP_NUM_THREADS=1},
 * and each figure keeps the better of the two: Debian's PyTorch uses a pthreads OpenBLAS whose own threads fight
 * PyTorch's OpenMP threads for the cores unless OpenBLAS is told to use one (round one: LeNet about 2,200 against
 * 3,500 samples/s), and the comparison is with PyTorch at its best. With one thread, OpenBLAS is told to use one
 * ({@link #environments}). Every run keeps the memory PyTorch frees for its next tensors ({@link #KEEP_MEMORY}).
 */
final class PyTorchReference {

    static final String PYTHON = "/usr/bin/python3";
    /**
     * glibc's allocator settings for every PyTorch run: blocks up to 32 MiB (the most glibc allows) come from its heap,
     * and the heap is never trimmed, so a step reuses the memory the previous one freed.
     */
    static final Map<String, String> KEEP_MEMORY = Map.of("MALLOC_MMAP_THRESHOLD_", String.valueOf(32 << 20),
            "MALLOC_TRIM_THRESHOLD_", String.valueOf(1L << 40));
    private static final Pattern RATE = Pattern.compile("^([\\w-]+)\\tbatch=(\\d+)\\t([0-9.]+) (samples/s|ms/step)$");

    private final Path scripts;
    private String version = "";
    private String unavailable;

    private PyTorchReference(Path scripts, String unavailable) {
        this.scripts = scripts;
        this.unavailable = unavailable;
    }

    /** The scripts in {@code bench/pytorch} of the repository the bench runs in (its working directory). */
    static PyTorchReference locate() {
        Path scripts = Path.of("bench", "pytorch").toAbsolutePath().normalize();
        if (!Files.isRegularFile(scripts.resolve("models.py"))) {
            return new PyTorchReference(scripts, "the PyTorch scripts are not at " + scripts
                    + " (run the bench from the repository root)");
        }
        if (!Files.isExecutable(Path.of(PYTHON))) {
            return new PyTorchReference(scripts, PYTHON + " is missing (apt-get install -y python3-torch)");
        }
        return new PyTorchReference(scripts, probe(scripts));
    }

    /** Why {@code import torch} fails, asked once before any timing so the report's first lines can say it; or null. */
    private static String probe(Path scripts) {
        try {
            Process process = new ProcessBuilder(PYTHON, "-c", "import torch").redirectErrorStream(true)
                    .directory(scripts.toFile()).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(2, TimeUnit.MINUTES)) {
                process.destroyForcibly();
                return PYTHON + " -c 'import torch' did not finish in 2 minutes";
            }
            return process.exitValue() == 0 ? null : lastLine(output);
        } catch (IOException e) {
            return "could not start " + PYTHON + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted while checking for PyTorch";
        }
    }

    /** Why there are no PyTorch figures, or empty when there are. */
    Optional<String> unavailable() {
        return Optional.ofNullable(unavailable);
    }

    /** "pytorch 1.13.0 …" as the scripts print it. */
    String version() {
        return version;
    }

    /** Training samples per second by model id, with {@code threads} threads; empty when PyTorch could not run. */
    Map<String, Double> training(List<BenchModel> models, int threads, Map<BenchModel, Repetitions> reps)
            throws InterruptedException {
        StringBuilder iters = new StringBuilder();
        int repetitions = 1;
        for (BenchModel model : models) {
            iters.append(iters.isEmpty() ? "" : ",").append(model.id()).append('=')
                    .append(reps.get(model).iterations());
            repetitions = reps.get(model).reps();
        }
        return best(threads, List.of("throughput.py", "--threads", String.valueOf(threads), "--models",
                String.join(",", models.stream().map(BenchModel::id).toList()), "--iters", iters.toString(),
                "--reps", String.valueOf(repetitions)));
    }

    /** Forward-only samples per second of one model at a batch size, under {@code torch.no_grad()}. */
    Map<String, Double> inference(BenchModel model, int batch, int threads, int iterations, int reps)
            throws InterruptedException {
        return best(threads, List.of("throughput.py", "--threads", String.valueOf(threads), "--models", model.id(),
                "--inference", "--batch", String.valueOf(batch), "--iters", String.valueOf(iterations),
                "--reps", String.valueOf(reps)));
    }

    /** Milliseconds per GAN step by template id (the lower of the environments). */
    Map<String, Double> ganSteps(int threads, int steps, int reps) throws InterruptedException {
        Map<String, Double> best = new HashMap<>();
        for (Map<String, String> environment : environments(threads)) {
            run(List.of("gan_step.py", "--threads", String.valueOf(threads), "--steps", String.valueOf(steps),
                    "--reps", String.valueOf(reps)), environment).forEach((k, v) -> best.merge(k, v, Math::min));
        }
        return best;
    }

    private Map<String, Double> best(int threads, List<String> arguments) throws InterruptedException {
        Map<String, Double> best = new HashMap<>();
        for (Map<String, String> environment : environments(threads)) {
            run(arguments, environment).forEach((k, v) -> best.merge(k, v, Math::max));
        }
        return best;
    }

    /**
     * The environments a script runs in for {@code threads} threads. One thread means one for OpenBLAS too:
     * {@code torch.set_num_threads(1)} does not limit the pthreads OpenBLAS's own threads, and a one-thread run in the
     * inherited environment multiplied 128×784×512 at 141 GFLOP/s on an AVX2 machine whose single core reaches about
     * 90 (84 with {@code OPENBLAS_NUM_THREADS=1}), so its "one thread" figures used both cores.
     */
    static List<Map<String, String>> environments(int threads) {
        List<Map<String, String>> environments = threads > 1
                ? List.of(Map.of(), Map.of("OMP_NUM_THREADS", "1"))
                : List.of(Map.of("OMP_NUM_THREADS", "1", "OPENBLAS_NUM_THREADS", "1"));
        return environments.stream().map(PyTorchReference::keepingFreedMemory).toList();
    }

    /**
     * The environment with glibc's allocator told to keep freed memory for the next tensor ({@link #KEEP_MEMORY}).
     * Why: PyTorch allocates every activation and gradient afresh each step, and glibc serves a block of 128 KiB or
     * more (up to a threshold it raises only as blocks are freed) with a new mapping whose pages all fault in on first
     * touch, then returns it to the system. On the virtual machines the bench runs on a page fault is dear: in
     * PyTorch's default environment the one-thread MLP made 9,315 samples/s and with freed memory kept 35,153, the
     * DCGAN step took 111–134 ms against 42–54 (docs/performance.md, "PyTorch's allocator"). Keeping freed memory is
     * what the allocators PyTorch's own tuning guide recommends (jemalloc, tcmalloc) do; the comparison is with
     * PyTorch at its best.
     */
    private static Map<String, String> keepingFreedMemory(Map<String, String> environment) {
        Map<String, String> kept = new HashMap<>(environment);
        kept.putAll(KEEP_MEMORY);
        return Map.copyOf(kept);
    }

    /** {@link #KEEP_MEMORY} as the report prints it: "NAME=value NAME=value", in name order. */
    static String keptMemorySettings() {
        return KEEP_MEMORY.entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(e -> e.getKey() + "=" + e.getValue()).collect(Collectors.joining(" "));
    }

    private Map<String, Double> run(List<String> arguments, Map<String, String> environment)
            throws InterruptedException {
        if (unavailable != null) {
            return Map.of();
        }
        List<String> command = new ArrayList<>(List.of(PYTHON));
        command.add(scripts.resolve(arguments.get(0)).toString());
        command.addAll(arguments.subList(1, arguments.size()));
        try {
            ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).directory(scripts.toFile());
            builder.environment().putAll(environment);
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(60, TimeUnit.MINUTES) || process.exitValue() != 0) {
                unavailable = "the PyTorch script failed: " + lastLine(output);
                return Map.of();
            }
            Map<String, Double> figures = new HashMap<>();
            for (String line : output.split("\n")) {
                Matcher m = RATE.matcher(line.strip());
                if (m.matches()) {
                    figures.put(m.group(1), Double.parseDouble(m.group(3)));
                } else if (line.startsWith("pytorch ")) {
                    version = line.strip().replaceAll(" threads=\\d+", "");
                }
            }
            return figures;
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
