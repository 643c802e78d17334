package dev.deepcanvas.app.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.deepcanvas.graph.analysis.Analysis;
import dev.deepcanvas.graph.analysis.NodeInfo;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphNode;

import java.util.List;
import java.util.Locale;

/** Network statistics: totals (parameters, multiply-adds, activation memory) and the layer table. */
class SummaryDialog extends Dialog {

    record Row(String id, String type, String shape, long params, long multiplyAdds) {
    }

    SummaryDialog(GraphDocument doc, Analysis analysis) {
        setHeaderTitle("Summary · " + doc.name());
        setId("summary-dialog");
        setWidth("760px");

        Div totals = new Div(
                total("Parameters", String.format(Locale.ROOT, "%,d", analysis.totalParams()), "summary-params"),
                total("Multiply-adds per sample", String.format(Locale.ROOT, "%,d", analysis.multiplyAdds()),
                        "summary-madds"),
                total("Activation memory per sample", bytes(analysis.activationBytes()), "summary-memory"),
                total("Problems", String.valueOf(analysis.problems().size()), "summary-problems"));
        totals.addClassName("summary-totals");

        List<Row> rows = doc.nodes().stream().map(n -> row(n, analysis.nodes().get(n.id()))).toList();
        Grid<Row> table = new Grid<>();
        table.setId("summary-table");
        table.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        table.addColumn(Row::id).setHeader("Node").setAutoWidth(true);
        table.addColumn(Row::type).setHeader("Type").setAutoWidth(true);
        table.addColumn(Row::shape).setHeader("Output shape").setAutoWidth(true);
        table.addColumn(r -> String.format(Locale.ROOT, "%,d", r.params())).setHeader("Parameters")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        table.addColumn(r -> String.format(Locale.ROOT, "%,d", r.multiplyAdds())).setHeader("Multiply-adds")
                .setTextAlign(ColumnTextAlign.END).setAutoWidth(true);
        table.setItems(rows);
        table.setAllRowsVisible(rows.size() <= 12);
        if (rows.size() > 12) {
            table.setHeight("420px");
        }

        add(totals, table);
        getFooter().add(new Button("Close", e -> close()));
    }

    private static Row row(GraphNode node, NodeInfo info) {
        return new Row(node.id(), node.type(),
                info == null || info.outputShape() == null ? "?" : info.outputShape().toString(),
                info == null ? 0 : info.params(), info == null ? 0 : info.multiplyAdds());
    }

    private static Div total(String label, String value, String id) {
        Span v = new Span(value);
        v.setId(id);
        v.addClassName("summary-value");
        Span l = new Span(label);
        l.addClassName("summary-label");
        Div box = new Div(v, l);
        box.addClassName("summary-total");
        return box;
    }

    static String bytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " B";
        }
        double kib = bytes / 1024.0;
        if (kib < 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", kib);
        }
        double mib = kib / 1024.0;
        return mib < 1024 ? String.format(Locale.ROOT, "%.1f MiB", mib) : String.format(Locale.ROOT, "%.2f GiB", mib / 1024);
    }
}
