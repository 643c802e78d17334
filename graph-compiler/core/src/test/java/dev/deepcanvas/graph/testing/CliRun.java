package dev.deepcanvas.graph.testing;

import dev.deepcanvas.graph.cli.GraphCli;
import dev.deepcanvas.graph.cli.GraphCommand;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

/** One run of the command line with the given commands, standard input and arguments, captured. */
public record CliRun(int code, String out, String err) {

    public static CliRun of(List<GraphCommand> commands, String stdin, String... args) {
        return of(commands, stdin.getBytes(StandardCharsets.UTF_8), args);
    }

    /** A run whose standard input is these bytes, whatever their encoding. */
    public static CliRun of(List<GraphCommand> commands, byte[] stdin, String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = new GraphCli(new ByteArrayInputStream(stdin),
                new PrintStream(o, true, StandardCharsets.UTF_8), new PrintStream(e, true, StandardCharsets.UTF_8),
                commands).run(args);
        return new CliRun(code, o.toString(StandardCharsets.UTF_8), e.toString(StandardCharsets.UTF_8));
    }
}
