package dev.deepcanvas.graph.cli;

import dev.deepcanvas.graph.analysis.Analysis;
import dev.deepcanvas.graph.analysis.GraphAnalyzer;
import dev.deepcanvas.graph.analysis.Problem;
import dev.deepcanvas.graph.document.GraphDocument;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;

/** {@code summary}: the node table with totals, printed even for a graph with problems (which follow it). */
final class SummaryCommand implements GraphCommand {

    @Override
    public String name() {
        return "summary";
    }

    @Override
    public String help() {
        return "table of nodes: type, output shape, parameters; totals";
    }

    @Override
    public boolean reportsWarnings() {
        return true;
    }

    @Override
    public List<Problem> run(GraphDocument doc, Map<String, String> options, PrintStream out) {
        Analysis a = new GraphAnalyzer().analyze(doc);
        out.print(SummaryTable.render(doc, a));
        return a.problems();
    }
}
