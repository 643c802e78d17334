package dev.deepcanvas.bench.throughput;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Where and when the figures were taken: the lines the bench prints above its tables. */
public final class MachineInfo {

    private MachineInfo() {
    }

    /** Environment variables that limit the instruction sets oneDNN and OpenBLAS use, in this and child processes. */
    private static final List<String> LIMITS = List.of("DNNL_MAX_CPU_ISA", "ONEDNN_MAX_CPU_ISA", "OPENBLAS_CORETYPE");

    /**
     * "CPU model with AVX-512 (or AVX2), N cores, M GiB", from /proc where there is one, and any instruction-set
     * limit set in the environment (which PyTorch's scripts inherit): the same model name has come with and without
     * AVX-512, which halves or doubles every figure bound by matrix products.
     */
    public static String machine() {
        String cpu = firstValue(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch"));
        String flags = " " + firstValue(Path.of("/proc/cpuinfo"), "flags").orElse("") + " ";
        if (flags.contains(" avx512f ")) {
            cpu += " with AVX-512";
        } else if (flags.contains(" avx2 ")) {
            cpu += " with AVX2, no AVX-512";
        }
        String limits = LIMITS.stream().filter(name -> System.getenv(name) != null)
                .map(name -> name + "=" + System.getenv(name)).collect(Collectors.joining(", "));
        if (!limits.isEmpty()) {
            cpu += " (limited for DeepCanvas and PyTorch alike: " + limits + ")";
        }
        long kib = firstValue(Path.of("/proc/meminfo"), "MemTotal").map(v -> Long.parseLong(v.replaceAll("\\D", "")))
                .orElse(0L);
        return cpu + ", " + Runtime.getRuntime().availableProcessors() + " cores"
                + (kib > 0 ? String.format(Locale.ROOT, ", %.0f GiB", kib / 1024.0 / 1024.0) : "");
    }

    /** "2026-12-05 14:30 UTC": a bench run takes minutes, so the day alone would not tell two runs apart. */
    public static String date() {
        return DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'", Locale.ROOT)
                .format(ZonedDateTime.now(ZoneOffset.UTC));
    }

    /** The commit the script passed in ({@code DEEPCANVAS_COMMIT}), else "unknown". */
    public static String commit() {
        String commit = System.getenv("DEEPCANVAS_COMMIT");
        return commit == null || commit.isBlank() ? "unknown" : commit;
    }

    /** The 1-minute load average now, the honest label of every figure on a shared machine. */
    public static String load() {
        return String.format(Locale.ROOT, "%.1f", ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static java.util.Optional<String> firstValue(Path file, String key) {
        try {
            return Files.readAllLines(file).stream().filter(l -> l.startsWith(key)).findFirst()
                    .map(l -> l.substring(l.indexOf(':') + 1).strip());
        } catch (IOException | RuntimeException e) {
            return java.util.Optional.empty();
        }
    }
}
