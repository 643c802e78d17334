package dev.deepcanvas.app.inside;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.deepcanvas.backend.inside.AttentionMap;

import java.util.Locale;

/**
 * One attention head as a table of shares: a row per output step (named by the token written there), a column per
 * source step (named by its word), each cell as bright as the share of that row's attention the column receives, on
 * one scale from 0 (black) to 1 (white) for every head, with the share written in cells wide enough for it.
 */
class AttentionHeatMap extends Div {

    /** Cells narrower than this show their share only as a tooltip. */
    private static final int WRITTEN_SHARE_WIDTH = 30;
    private static final int MAX_WIDTH = 640;

    /** Screen pixels per source step: as wide as fits, from 10 to 44. */
    static int cellSize(AttentionMap map) {
        return Math.max(10, Math.min(44, MAX_WIDTH / Math.max(1, map.sourceTokens().size())));
    }

    /** The cell's grey: the share 0 is black, 1 is white (the same key for every head and example). */
    static String grey(double share) {
        int level = (int) Math.round(Math.max(0, Math.min(1, share)) * 255);
        return "rgb(" + level + "," + level + "," + level + ")";
    }

    AttentionHeatMap(AttentionMap map) {
        addClassName("inside-attention");
        getElement().setAttribute("data-node", map.nodeId());
        getElement().setAttribute("data-head", String.valueOf(map.head()));
        Paragraph title = new Paragraph(map.headCount() > 1
                ? "Attention, head " + (map.head() + 1) + " of " + map.headCount()
                : "Attention weights: where each output step looks in the source");
        title.addClassName("inside-attention-title");
        title.getStyle().set("font-weight", "600").set("margin", "var(--lumo-space-s) 0 var(--lumo-space-xs)");
        add(title, new ColourKey(0, 1));
        int size = cellSize(map);
        int columns = map.sourceTokens().size();
        Div grid = new Div();
        grid.addClassName("inside-attention-grid");
        grid.getStyle().set("display", "grid")
                .set("grid-template-columns", "max-content repeat(" + columns + ", " + size + "px)")
                .set("gap", "1px").set("align-items", "stretch").set("margin-top", "var(--lumo-space-xs)")
                .set("max-width", "100%").set("overflow-x", "auto");
        grid.add(corner());
        for (int column = 0; column < columns; column++) {
            String word = map.sourceTokens().get(column);
            // a picture's regions are named only where each row of them starts, so that 64 narrow columns stay
            // legible; every column keeps its full name as its tooltip
            boolean named = map.regions() == null || column % map.regions().columns() == 0;
            grid.add(sourceWord(word, named ? word : "", size));
        }
        for (int row = 0; row < map.outputTokens().size(); row++) {
            grid.add(outputToken(map.outputTokens().get(row)));
            for (int column = 0; column < columns; column++) {
                grid.add(cell(map, row, column, size));
            }
        }
        add(grid);
        Span axes = new Span(map.regions() == null ? "rows: the output, step by step ↓ · columns: the source →"
                : "rows: the output, step by step ↓ · columns: the picture's regions (row, column), row after row →");
        axes.addClassName("muted");
        add(axes);
    }

    private static Span corner() {
        Span corner = new Span("");
        corner.addClassName("inside-attention-corner");
        return corner;
    }

    /** A source word above its column, written downwards so that a narrow column still holds it. */
    private static Span sourceWord(String word, String shown, int size) {
        Span label = new Span(shown);
        label.addClassName("inside-attention-source");
        label.getElement().setAttribute("title", word);
        label.getStyle().set("writing-mode", "vertical-rl").set("transform", "rotate(180deg)")
                .set("white-space", "nowrap").set("max-height", "110px").set("overflow", "hidden")
                .set("font-size", "var(--lumo-font-size-s)").set("text-align", "left")
                .set("justify-self", "center").set("line-height", size + "px");
        return label;
    }

    private static Span outputToken(String token) {
        Span label = new Span(token);
        label.addClassName("inside-attention-output");
        label.getElement().setAttribute("title", token);
        label.getStyle().set("font-size", "var(--lumo-font-size-s)").set("padding-right", "var(--lumo-space-s)")
                .set("text-align", "right").set("align-self", "center").set("white-space", "nowrap");
        return label;
    }

    private static Div cell(AttentionMap map, int row, int column, int size) {
        double share = map.weight(row, column);
        Div cell = new Div();
        cell.addClassName("inside-attention-cell");
        String percent = String.format(Locale.ROOT, "%.0f%%", share * 100);
        cell.getElement().setAttribute("title", map.outputTokens().get(row) + " ← " + map.sourceTokens().get(column)
                + ": " + String.format(Locale.ROOT, "%.1f%%", share * 100));
        cell.getElement().setAttribute("data-share", String.format(Locale.ROOT, "%.4f", share));
        cell.getStyle().set("height", size + "px").set("background", grey(share))
                .set("display", "flex").set("align-items", "center").set("justify-content", "center")
                .set("font-size", "10px").set("color", share > 0.5 ? "black" : "white");
        if (size >= WRITTEN_SHARE_WIDTH) {
            cell.setText(percent);
        }
        return cell;
    }
}
