package dev.deepcanvas.graph.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.deepcanvas.graph.analysis.Analysis;
import dev.deepcanvas.graph.analysis.GraphAnalyzer;
import dev.deepcanvas.graph.analysis.Problem;
import dev.deepcanvas.graph.document.GraphDocument;

import java.io.IOException;
import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** {@code validate}: {"valid":true,"totalParams":…}, or the problems. */
final class ValidateCommand implements GraphCommand {

    @Override
    public String name() {
        return "validate";
    }

    @Override
    public String help() {
        return "check the graph; prints {\"valid\":true} or the problems as JSON";
    }

    @Override
    public boolean reportsWarnings() {
        return true;
    }

    @Override
    public List<Problem> run(GraphDocument doc, Map<String, String> options, PrintStream out) throws IOException {
        Analysis a = new GraphAnalyzer().analyze(doc);
        if (!a.isValid()) {
            return a.problems();
        }
        ObjectNode ok = GraphCli.JSON.createObjectNode();
        ok.put("valid", true);
        ok.put("totalParams", a.totalParams());
        if (!a.warnings().isEmpty()) {
            ok.set("warnings", GraphCli.JSON.valueToTree(a.warnings()));
        }
        out.println(GraphCli.JSON.writeValueAsString(ok));
        return List.of();
    }
}
