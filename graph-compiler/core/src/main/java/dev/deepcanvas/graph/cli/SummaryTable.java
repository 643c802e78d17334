package dev.deepcanvas.graph.cli;

import dev.deepcanvas.graph.analysis.Analysis;
import dev.deepcanvas.graph.analysis.NodeInfo;
import dev.deepcanvas.graph.analysis.Problem;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphNode;
import dev.deepcanvas.graph.document.Printable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The "summary" table: node, type, output shape, parameters, then totals. */
final class SummaryTable {

    private SummaryTable() {
    }

    static String render(GraphDocument doc, Analysis a) {
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"node", "type", "output shape", "parameters"});
        for (NodeInfo info : a.nodes().values()) {
            GraphNode node = doc.node(info.nodeId()).orElseThrow();
            rows.add(new String[] {Printable.escape(info.nodeId()), Printable.escape(String.valueOf(node.type())),
                    info.outputShape() == null ? "?" : info.outputShape().toString(), grouped(info.params())});
        }
        int[] width = new int[4];
        for (String[] r : rows) {
            for (int i = 0; i < 4; i++) {
                width[i] = Math.max(width[i], r[i].codePointCount(0, r[i].length()));
            }
        }
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < rows.size(); k++) {
            String[] r = rows.get(k);
            sb.append(pad(r[0], width[0], false)).append("  ").append(pad(r[1], width[1], false)).append("  ")
                    .append(pad(r[2], width[2], false)).append("  ").append(pad(r[3], width[3], true)).append('\n');
            if (k == 0) {
                sb.append("-".repeat(width[0] + width[1] + width[2] + width[3] + 6)).append('\n');
            }
        }
        sb.append('\n')
                .append("total parameters:       ").append(grouped(a.totalParams())).append('\n')
                .append("multiply-adds / sample: ").append(grouped(a.multiplyAdds())).append('\n')
                .append("activations / sample:   ").append(bytes(a.activationBytes())).append('\n')
                .append("problems:               ").append(a.problems().size()).append('\n');
        for (Problem w : a.warnings()) {
            sb.append("warning (").append(w.code()).append("): ").append(Printable.escape(w.message())).append('\n');
        }
        return sb.toString();
    }

    private static String pad(String s, int width, boolean right) {
        String fill = " ".repeat(Math.max(0, width - s.codePointCount(0, s.length())));
        return right ? fill + s : s + fill;
    }

    private static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    private static String bytes(long n) {
        if (n >= 1L << 20) {
            return String.format(Locale.ROOT, "%.1f MB", n / (double) (1L << 20));
        }
        return String.format(Locale.ROOT, "%.1f KB", n / 1024.0);
    }
}
