package dev.deepcanvas.graph.compile.cli;

import dev.deepcanvas.graph.cli.GraphCli;
import dev.deepcanvas.graph.cli.GraphCommand;
import dev.deepcanvas.graph.dl4j.NativeBackend;

import java.util.ArrayList;
import java.util.List;

/**
 * The complete command line (the runnable {@code -cli} jar): the core's validate, summary and catalog, plus compile
 * and java.
 */
public final class CompilerCli {

    private CompilerCli() {
    }

    /** The core commands followed by the DL4J ones. */
    public static List<GraphCommand> commands() {
        List<GraphCommand> all = new ArrayList<>(GraphCli.coreCommands());
        all.add(new CompileCommand());
        all.add(new JavaCommand());
        return List.copyOf(all);
    }

    public static void main(String[] args) {
        // Like every DeepCanvas entry point, the command line sets up the native back end before any DL4J work.
        NativeBackend.configure();
        int code = new GraphCli(System.in, System.out, System.err, commands()).run(args);
        System.out.flush();
        System.exit(code);
    }
}
