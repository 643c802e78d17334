package dev.deepcanvas.graph.compile.cli;

import dev.deepcanvas.graph.analysis.Problem;
import dev.deepcanvas.graph.cli.GraphCommand;
import dev.deepcanvas.graph.cli.UsageException;
import dev.deepcanvas.graph.compile.InvalidGraphException;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.export.JavaExporter;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** {@code java}: Java source that rebuilds the configuration with DL4J's builders. */
final class JavaCommand implements GraphCommand {

    @Override
    public String name() {
        return "java";
    }

    @Override
    public String help() {
        return "Java source rebuilding the configuration [--class Name] [--package a.b]";
    }

    @Override
    public List<String> options() {
        return List.of("--class", "--package");
    }

    @Override
    public List<Problem> run(GraphDocument doc, Map<String, String> options, PrintStream out) throws UsageException {
        String name = options.getOrDefault("--class", JavaExporter.classNameFor(doc.name()));
        String source;
        try {
            source = new JavaExporter().export(doc, options.get("--package"), name);
        } catch (IllegalArgumentException e) {
            // the exporter's only argument checks: a class or package name that is not a Java name
            throw new UsageException(e.getMessage());
        } catch (InvalidGraphException e) {
            return e.problems();
        }
        out.print(source);
        return List.of();
    }
}
