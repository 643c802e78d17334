package dev.deepcanvas.graph.compile.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Runs a class's main method in a new JVM with this test JVM's class path, for what only a process that has not yet
 * started ND4J (or set a property) can show: a test JVM has long been set up by the other tests.
 */
public record FreshJvm(boolean finished, int exitValue, String output) {

    public static FreshJvm run(Class<?> main) throws IOException, InterruptedException {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), main.getName())
                .redirectErrorStream(true).start();
        boolean done = child.waitFor(120, TimeUnit.SECONDS);
        if (!done) {
            child.destroyForcibly();
        }
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new FreshJvm(done, done ? child.exitValue() : -1, output);
    }
}
