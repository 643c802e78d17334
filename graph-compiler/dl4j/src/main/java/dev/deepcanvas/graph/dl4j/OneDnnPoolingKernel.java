package dev.deepcanvas.graph.dl4j;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Whether oneDNN runs channels-first max pooling through its plain reference kernel on this machine: it has a fast
 * kernel for that layout only where it may use AVX-512 (it transposes the activations around an AVX-512 kernel).
 * Measured on the same processor with oneDNN allowed AVX-512 and limited to AVX2 ({@code DNNL_MAX_CPU_ISA}): LeNet
 * trained 13% slower with {@link JavaMaxPoolingHelper} in the first case and 35% faster in the second
 * (docs/performance.md, "Max pooling in Java"), so the Java passes are used only in the second.
 */
final class OneDnnPoolingKernel {

    private static volatile Boolean reference;

    private OneDnnPoolingKernel() {
    }

    /** For this process: the processor's flags from /proc/cpuinfo and oneDNN's limit from the environment. */
    static boolean isReference() {
        Boolean known = reference;
        if (known == null) {
            known = isReference(cpuFlags(), System.getenv());
            reference = known;
        }
        return known;
    }

    /**
     * @param cpuFlags the flags line of /proc/cpuinfo; null when unknown, which keeps oneDNN (no claim is made)
     * @param env      the process environment, for oneDNN's own limit on the instruction sets it uses
     */
    static boolean isReference(String cpuFlags, Map<String, String> env) {
        if (cpuFlags == null) {
            return false;
        }
        boolean avx512 = cpuFlags.matches("(?s).*\\bavx512f\\b.*") && cpuFlags.matches("(?s).*\\bavx512bw\\b.*");
        String limit = env.getOrDefault("ONEDNN_MAX_CPU_ISA", env.get("DNNL_MAX_CPU_ISA"));
        boolean limited = limit != null && !limit.isBlank() && !limit.toUpperCase(Locale.ROOT).startsWith("AVX512")
                && !limit.equalsIgnoreCase("ALL") && !limit.toUpperCase(Locale.ROOT).startsWith("AVX10");
        return !avx512 || limited;
    }

    private static String cpuFlags() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream()
                    .filter(line -> line.startsWith("flags")).findFirst().orElse(null);
        } catch (IOException | RuntimeException unreadable) {
            return null;
        }
    }
}
