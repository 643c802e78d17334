package dev.deepcanvas.bench.verify;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where a verification ran: the processor, how many processors the run had, and how busy the machine was. */
record Machine(String processor, int cores) {

    static Machine here() {
        return new Machine(readProcessor(), Runtime.getRuntime().availableProcessors());
    }

    /** The one-minute load average now; above {@link #cores} other work competes with the run. */
    static double load() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static String readProcessor() {
        try {
            for (String line : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
                if (line.startsWith("model name")) {
                    return line.substring(line.indexOf(':') + 1).trim();
                }
            }
        } catch (IOException e) {
            // not Linux: the JVM's words are the best there are
        }
        return System.getProperty("os.arch") + " (" + System.getProperty("os.name") + ")";
    }
}
