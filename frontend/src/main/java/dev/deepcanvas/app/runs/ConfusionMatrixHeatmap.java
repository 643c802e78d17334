package dev.deepcanvas.app.runs;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

import java.util.List;
import java.util.Locale;

/**
 * The confusion matrix as a heatmap: one row per actual class, one column per predicted class, each cell shaded by
 * its share of the row so a weak class stands out even when classes differ in size.
 */
public class ConfusionMatrixHeatmap extends Div {

    public ConfusionMatrixHeatmap(List<String> classNames, List<List<Integer>> confusion) {
        setId("confusion-matrix");
        addClassName("confusion-matrix");
        int n = classNames.size();
        getStyle().set("grid-template-columns", "auto repeat(" + n + ", minmax(44px, 1fr))");

        add(label("actual ↓ · predicted →", "cm-corner"));
        for (String name : classNames) {
            add(label(name, "cm-head"));
        }
        for (int actual = 0; actual < n; actual++) {
            add(label(classNames.get(actual), "cm-row-head"));
            List<Integer> row = confusion.get(actual);
            int rowTotal = row.stream().mapToInt(Integer::intValue).sum();
            for (int predicted = 0; predicted < n; predicted++) {
                add(cell(row.get(predicted), rowTotal, actual == predicted, classNames.get(actual),
                        classNames.get(predicted)));
            }
        }
    }

    private static Span cell(int count, int rowTotal, boolean diagonal, String actual, String predicted) {
        double share = rowTotal == 0 ? 0 : count / (double) rowTotal;
        Span cell = new Span(String.valueOf(count));
        cell.addClassName("cm-cell");
        cell.getElement().setAttribute("data-count", String.valueOf(count));
        cell.getElement().setAttribute("title", String.format(Locale.ROOT, "actual %s, predicted %s: %d (%.0f%% of %s)",
                actual, predicted, count, share * 100, actual));
        // Correct predictions in the primary colour, mistakes in red: the eye finds errors at once.
        String rgb = diagonal ? "79, 70, 229" : "220, 38, 38";
        cell.getStyle().set("background", String.format(Locale.ROOT, "rgba(%s, %.3f)", rgb, 0.08 + 0.92 * share));
        cell.getStyle().set("color", share > 0.5 ? "white" : "var(--lumo-body-text-color)");
        return cell;
    }

    private static Span label(String text, String className) {
        Span span = new Span(text);
        span.addClassName(className);
        return span;
    }
}
