package dev.deepcanvas.graph.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deepcanvas.graph.analysis.Analysis;
import dev.deepcanvas.graph.analysis.GanBlocks;
import dev.deepcanvas.graph.analysis.GraphAnalyzer;
import dev.deepcanvas.graph.analysis.Problem;
import dev.deepcanvas.graph.compile.CompiledGan;
import dev.deepcanvas.graph.compile.GraphCompiler;
import dev.deepcanvas.graph.compile.InvalidGraphException;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphFormatException;
import dev.deepcanvas.graph.document.GraphJson;
import dev.deepcanvas.graph.export.JavaExporter;
import dev.deepcanvas.graph.layers.LayerCatalog;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The command line: {@code validate | summary | compile | java | catalog}. Exit codes: 0 success, 1 a readable graph
 * with problems (printed as JSON on standard output), 2 unreadable input or wrong usage (message on standard error).
 */
public final class GraphCli {

    public static final int OK = 0;
    public static final int INVALID_GRAPH = 1;
    public static final int UNREADABLE = 2;

    static final String USAGE = """
            Usage: deepcanvas-graph <command> <graph.json | ->
              validate   check the graph; prints {"valid":true} or the problems as JSON
              summary    table of nodes: type, output shape, parameters; totals
              compile    the DL4J ComputationGraphConfiguration as JSON (a GAN gives three)
              java       Java source rebuilding the configuration [--class Name] [--package a.b]
              catalog    the layer palette as JSON (no graph argument)
            Exit codes: 0 ok, 1 graph has problems (JSON on stdout), 2 unreadable input or bad usage.""";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final long MAX_INPUT_BYTES = 4L * GraphJson.MAX_CHARS;

    private final InputStream stdin;
    private final PrintStream out;
    private final PrintStream err;

    GraphCli(InputStream stdin, PrintStream out, PrintStream err) {
        this.stdin = stdin;
        this.out = out;
        this.err = err;
    }

    public static void main(String[] args) {
        int code = new GraphCli(System.in, System.out, System.err).run(args);
        System.out.flush();
        System.exit(code);
    }

    int run(String[] args) {
        try {
            return dispatch(args);
        } catch (UsageException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return UNREADABLE;
        } catch (GraphFormatException e) {
            err.println("Cannot read the graph: " + e.getMessage());
            return UNREADABLE;
        } catch (IOException e) {
            err.println("Cannot read the input: " + e.getMessage());
            return UNREADABLE;
        } catch (InvalidGraphException e) {
            printProblems(e.problems());
            return INVALID_GRAPH;
        } catch (RuntimeException e) {
            // Last line of defence: a message, never a stack trace.
            err.println("Internal error (" + e.getClass().getSimpleName() + "): " + e.getMessage());
            return UNREADABLE;
        }
    }

    private int dispatch(String[] args) throws UsageException, GraphFormatException, IOException, InvalidGraphException {
        if (args.length == 0) {
            throw new UsageException("No command given.");
        }
        String command = args[0];
        if (command.equals("catalog")) {
            out.println(LayerCatalog.toJson());
            return OK;
        }
        if (command.equals("-h") || command.equals("--help") || command.equals("help")) {
            out.println(USAGE);
            return OK;
        }
        if (!List.of("validate", "summary", "compile", "java").contains(command)) {
            throw new UsageException("Unknown command \"" + command + "\".");
        }
        List<String> rest = new ArrayList<>(List.of(args).subList(1, args.length));
        String className = option(rest, "--class");
        String packageName = option(rest, "--package");
        if (rest.size() != 1) {
            throw new UsageException("Expected exactly one graph file (or - for standard input) after " + command
                    + ", got " + rest.size() + ".");
        }
        GraphDocument doc = GraphJson.parse(read(rest.get(0)));
        return switch (command) {
            case "validate" -> validate(doc);
            case "summary" -> summary(doc);
            case "compile" -> compile(doc);
            case "java" -> java(doc, className, packageName);
            default -> throw new UsageException("Unknown command \"" + command + "\".");
        };
    }

    private int validate(GraphDocument doc) throws UsageException, GraphFormatException, IOException, InvalidGraphException {
        Analysis a = new GraphAnalyzer().analyze(doc);
        if (!a.isValid()) {
            throw new InvalidGraphException(a.problems());
        }
        ObjectNode ok = JSON.createObjectNode();
        ok.put("valid", true);
        ok.put("totalParams", a.totalParams());
        out.println(JSON.writeValueAsString(ok));
        return OK;
    }

    private int summary(GraphDocument doc) throws UsageException, GraphFormatException, IOException, InvalidGraphException {
        Analysis a = new GraphAnalyzer().analyze(doc);
        out.print(SummaryTable.render(doc, a));
        if (!a.isValid()) {
            throw new InvalidGraphException(a.problems());
        }
        return OK;
    }

    private int compile(GraphDocument doc) throws UsageException, GraphFormatException, IOException, InvalidGraphException {
        GraphCompiler compiler = new GraphCompiler();
        if (GanBlocks.isGan(doc)) {
            CompiledGan gan = compiler.compileGan(doc);
            ObjectNode all = JSON.createObjectNode();
            all.set("generator", JSON.readTree(gan.generator().configuration().toJson()));
            all.set("discriminator", JSON.readTree(gan.discriminator().configuration().toJson()));
            all.set("combined", JSON.readTree(gan.combined().configuration().toJson()));
            ArrayNode plan = all.putArray("copyPlan");
            gan.copyPlan().forEach(c -> plan.addObject().put("from", c.from().name()).put("to", c.to().name())
                    .put("vertex", c.vertex()));
            out.println(JSON.writeValueAsString(all));
        } else {
            out.println(compiler.compile(doc).configuration().toJson());
        }
        return OK;
    }

    private int java(GraphDocument doc, String className, String packageName) throws UsageException, GraphFormatException, IOException, InvalidGraphException {
        String name = className != null ? className : JavaExporter.classNameFor(doc.name());
        try {
            out.print(new JavaExporter().export(doc, packageName, name));
        } catch (IllegalArgumentException e) {
            throw new UsageException(e.getMessage());
        }
        return OK;
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

    private String read(String source) throws IOException {
        byte[] bytes;
        if (source.equals("-")) {
            bytes = readCapped(stdin);
        } else {
            Path path = Path.of(source);
            if (!Files.isRegularFile(path)) {
                throw new IOException("no such file: " + source);
            }
            if (Files.size(path) > MAX_INPUT_BYTES) {
                throw new IOException(source + " is larger than " + MAX_INPUT_BYTES / 1_000_000 + " MB");
            }
            bytes = Files.readAllBytes(path);
        }
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] readCapped(InputStream in) throws IOException {
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        byte[] chunk = new byte[65536];
        int n;
        while ((n = in.read(chunk)) > 0) {
            buf.write(chunk, 0, n);
            if (buf.size() > MAX_INPUT_BYTES) {
                throw new IOException("standard input is larger than " + MAX_INPUT_BYTES / 1_000_000 + " MB");
            }
        }
        return buf.toByteArray();
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

    /** Wrong command line. */
    static final class UsageException extends Exception {
        UsageException(String message) {
            super(message);
        }
    }
}
