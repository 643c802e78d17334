package dev.deepcanvas.bench.throughput;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Where and when the figures were taken: the lines the bench prints above its tables. */
public final class MachineInfo {

    private MachineInfo() {
    }

    /** "CPU model, N cores, M GiB", from /proc where there is one. */
    public static String machine() {
        String cpu = firstValue(Path.of("/proc/cpuinfo"), "model name").orElse(System.getProperty("os.arch"));
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
