package dev.deepcanvas.bench.cluster;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The machine's load average as Linux reports it, printed beside timings taken on a shared machine. */
final class LoadAverage {

    private LoadAverage() {
    }

    static String now() {
        try {
            String[] parts = Files.readString(Path.of("/proc/loadavg")).split("\\s+");
            return parts[0] + " / " + parts[1] + " / " + parts[2] + " (1 / 5 / 15 min)";
        } catch (IOException | RuntimeException e) {
            return "unknown";
        }
    }
}
