package dev.deepcanvas.graph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deepcanvas.graph.analysis.GraphAnalyzer;
import dev.deepcanvas.graph.analysis.Problem;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphFormatException;
import dev.deepcanvas.graph.document.GraphJson;
import dev.deepcanvas.graph.document.Printable;
import dev.deepcanvas.graph.layers.LayerCatalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The command line: {@code catalog} and the {@link GraphCommand}s it is given ({@link #coreCommands()}: validate and
 * summary; the DL4J module's {@code CompilerCli} adds compile and java). Exit codes: 0 success, 1 a readable graph
 * with problems (printed as JSON on standard output), 2 unreadable input or wrong usage (message on standard error).
 */
public final class GraphCli {

    public static final int OK = 0;
    public static final int INVALID_GRAPH = 1;
    public static final int UNREADABLE = 2;

    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    /** Enough for the longest document in any encoding it may come in (4 bytes per character at most): 20 MB. */
    public static final long MAX_INPUT_BYTES = 4L * GraphJson.MAX_CHARS;
    private static final System.Logger LOG = System.getLogger(GraphCli.class.getName());

    private final InputStream stdin;
    private final PrintStream out;
    private final PrintStream err;
    private final Map<String, GraphCommand> commands = new LinkedHashMap<>();

    public GraphCli(InputStream stdin, PrintStream out, PrintStream err, List<GraphCommand> commands) {
        this.stdin = stdin;
        this.out = out;
        this.err = err;
        for (GraphCommand c : commands) {
            if (c.name().equals("catalog") || this.commands.put(c.name(), c) != null) {
                throw new IllegalArgumentException("Command \"" + c.name() + "\" is given twice");
            }
        }
    }

    /** The commands that need no DL4J. */
    public static List<GraphCommand> coreCommands() {
        return List.of(new ValidateCommand(), new SummaryCommand());
    }

    /** The command line without DL4J: validate, summary and catalog. */
    public static void main(String[] args) {
        int code = new GraphCli(System.in, System.out, System.err, coreCommands()).run(args);
        System.out.flush();
        System.exit(code);
    }

    public int run(String[] args) {
        try {
            return dispatch(args);
        } catch (UsageException e) {
            err.println(Printable.escape(e.getMessage()));
            err.println(usage());
            return UNREADABLE;
        } catch (GraphFormatException e) {
            // Messages quote what the file holds; escaped, a line break in it cannot split the one line.
            err.println("Cannot read the graph: " + Printable.escape(e.getMessage()));
            return UNREADABLE;
        } catch (IOException e) {
            err.println("Cannot read the input: " + Printable.escape(e.getMessage()));
            return UNREADABLE;
        } catch (RuntimeException e) {
            // A bug. The command line's user sees one line, as for every failure; the stack trace for a bug report
            // is logged at DEBUG (java.util.logging's FINE), which the JDK's default console logging leaves out.
            err.println("Internal error (" + e.getClass().getSimpleName() + "): " + Printable.escape(e.getMessage()));
            LOG.log(Level.DEBUG, "The command line failed unexpectedly", e);
            return UNREADABLE;
        }
    }

    /** The usage text, listing the commands this command line has. */
    String usage() {
        StringBuilder sb = new StringBuilder("Usage: deepcanvas-graph <command> <graph.json | ->\n");
        for (GraphCommand c : commands.values()) {
            sb.append(String.format("  %-10s %s%n", c.name(), c.help()));
        }
        sb.append(String.format("  %-10s %s%n", "catalog", "the layer palette as JSON (no graph argument)"));
        return sb.append("Exit codes: 0 ok, 1 graph has problems (JSON on stdout), 2 unreadable input or bad usage.")
                .toString();
    }

    private int dispatch(String[] args) throws UsageException, GraphFormatException, IOException {
        if (args.length == 0) {
            throw new UsageException("No command given.");
        }
        String name = args[0];
        if (name.equals("catalog")) {
            out.println(LayerCatalog.toJson());
            return OK;
        }
        if (name.equals("-h") || name.equals("--help") || name.equals("help")) {
            out.println(usage());
            return OK;
        }
        GraphCommand command = commands.get(name);
        if (command == null) {
            throw new UsageException("Unknown command \"" + name + "\".");
        }
        List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
        Map<String, String> options = new LinkedHashMap<>();
        for (String option : allOptions()) {
            String value = option(rest, option);
            if (value != null && command.options().contains(option)) {
                options.put(option, value);
            }
        }
        if (rest.size() != 1) {
            throw new UsageException("Expected exactly one graph file (or - for standard input) after " + name
                    + ", got " + rest.size() + ".");
        }
        String source = rest.get(0);
        GraphDocument doc = GraphJson.parse(GraphInput.read(source, stdin, MAX_INPUT_BYTES),
                source.equals("-") ? "Standard input" : source);
        List<Problem> problems = command.run(doc, options, out);
        if (!problems.isEmpty()) {
            printProblems(problems);
            return INVALID_GRAPH;
        }
        if (!command.reportsWarnings()) {
            for (Problem w : new GraphAnalyzer().analyze(doc).warnings()) {
                err.println("Warning (" + w.code() + "): " + Printable.escape(w.message()));
            }
        }
        return OK;
    }

    /** Every command's options are recognised (and ignored by the others), as they always were. */
    private Set<String> allOptions() {
        Set<String> all = new LinkedHashSet<>();
        commands.values().forEach(c -> all.addAll(c.options()));
        return all;
    }

    private void printProblems(List<Problem> problems) {
        ObjectNode root = JSON.createObjectNode();
        root.put("valid", false);
        root.set("problems", JSON.valueToTree(problems));
        try {
            out.println(JSON.writeValueAsString(root));
        } catch (IOException e) {
            problems.forEach(out::println);
        }
    }

    private static String option(List<String> args, String name) throws UsageException {
        int i = args.indexOf(name);
        if (i < 0) {
            return null;
        }
        if (i + 1 >= args.size()) {
            throw new UsageException(name + " needs a value.");
        }
        String value = args.get(i + 1);
        args.remove(i + 1);
        args.remove(i);
        return value;
    }
}
