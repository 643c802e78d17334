package dev.deepcanvas.bench.verify;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where a verification ran: the processor (its name and the widest vector instructions it offers, which decide the
 * native kernels and so the rounding of every product), how many processors the run had, and how busy the machine
 * was.
 */
record Machine(String processor, int cores) {

    static Machine here() {
        return new Machine(readProcessor(), Runtime.getRuntime().availableProcessors());
    }

    /** The one-minute load average now; above {@link #cores} other work competes with the run. */
    static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String readProcessor() {
        String name = null;
        String flags = "";
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (name == null && line.startsWith("model name")) {
                    name = line.substring(line.indexOf(':') + 1).trim();
                } else if (flags.isEmpty() && line.startsWith("flags")) {
                    flags = " " + line.substring(line.indexOf(':') + 1).trim() + " ";
                }
            }
        } catch (IOException e) {
            // not Linux: the JVM's words are the best there are
        }
        if (name == null) {
            return System.getProperty("os.arch") + " (" + System.getProperty("os.name") + ")";
        }
        return name + " (" + widestVectors(flags) + ")";
    }

    /** A virtual machine's processor is often only "Intel(R) Xeon(R) Processor": the flags tell the kernels apart. */
    static String widestVectors(String flags) {
        if (flags.contains(" avx512f ")) {
            return "AVX-512";
        }
        if (flags.contains(" avx2 ")) {
            return "AVX2";
        }
        return flags.contains(" avx ") ? "AVX" : "SSE";
    }
}
