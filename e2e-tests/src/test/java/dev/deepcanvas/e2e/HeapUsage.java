package dev.deepcanvas.e2e;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Java heap a running JVM really holds on to, read with {@code jcmd} from outside: a full collection first, so
 * that the figure is live objects rather than whatever garbage happened to be waiting for the next collection.
 */
final class HeapUsage {

    /** "used 123456K" on a heap line of {@code GC.heap_info}; the K suffix is what every collector prints. */
    private static final Pattern USED = Pattern.compile("\\bused (\\d+)K\\b");
    /** Two collections: objects only reachable through finalizers or references cleared by the first go in the second. */
    private static final int COLLECTIONS = 2;
    private static final long JCMD_TIMEOUT_SECONDS = 120;

    private HeapUsage() {
    }

    /** Runs full collections in the JVM with process id {@code pid}, then returns its used heap in bytes. */
    static long usedAfterFullGc(long pid) {
        for (int i = 0; i < COLLECTIONS; i++) {
            jcmd(pid, "GC.run");
        }
        return parseUsedBytes(jcmd(pid, "GC.heap_info"));
    }

    /**
     * Sums the used figures of the heap lines of {@code GC.heap_info}: G1 prints one line for the whole heap, the
     * serial and parallel collectors one per generation. Metaspace and class space follow the heap and are not
     * Java heap, so reading stops there.
     */
    static long parseUsedBytes(String heapInfo) {
        long usedKiB = 0;
        boolean found = false;
        for (String line : heapInfo.split("\\R")) {
            if (line.strip().startsWith("Metaspace")) {
                break;
            }
            Matcher used = USED.matcher(line);
            if (used.find()) {
                usedKiB += Long.parseLong(used.group(1));
                found = true;
            }
        }
        if (!found) {
            throw new IllegalStateException("No used heap figure in jcmd GC.heap_info output:\n" + heapInfo);
        }
        return usedKiB * 1024;
    }

    /**
     * The process's resident set from /proc: the heap is only part of the footprint, since ND4J's native libraries
     * and buffers, metaspace and the JIT's code live outside it.
     */
    static long residentBytes(long pid) {
        try {
            for (String line : Files.readAllLines(Path.of("/proc", Long.toString(pid), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D+", "")) * 1024;
                }
            }
            throw new IllegalStateException("No VmRSS line in /proc/" + pid + "/status");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read /proc/" + pid + "/status", e);
        }
    }

    /** The jcmd of the JDK running this test (the same one that starts the application), else the one on the PATH. */
    private static String jcmdExecutable() {
        Path sameJdk = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        return Files.isExecutable(sameJdk) ? sameJdk.toString() : "jcmd";
    }

    private static String jcmd(long pid, String command) {
        ProcessBuilder builder = new ProcessBuilder(jcmdExecutable(), Long.toString(pid), command).redirectErrorStream(true);
        try {
            Process process = builder.start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (!process.waitFor(JCMD_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("jcmd " + pid + " " + command + " did not finish");
            }
            if (process.exitValue() != 0) {
                throw new IllegalStateException("jcmd " + pid + " " + command + " failed with status "
                        + process.exitValue() + ":\n" + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot run " + List.of(jcmdExecutable(), pid, command), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while running jcmd " + command, e);
        }
    }
}
