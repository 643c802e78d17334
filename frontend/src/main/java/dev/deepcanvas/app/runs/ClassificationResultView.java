package dev.deepcanvas.app.runs;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.deepcanvas.backend.results.ClassScore;
import dev.deepcanvas.backend.results.ClassificationResult;
import dev.deepcanvas.backend.results.MisclassifiedExample;

import java.util.Locale;
import java.util.Optional;
import java.util.function.IntFunction;

/**
 * A classifier's held-out result: accuracy, precision/recall/F1 per class, the confusion matrix heatmap and the
 * examples it got wrong (drawn as pictures when the data are images).
 */
class ClassificationResultView extends Div {

    private static final int MAX_EXAMPLES = 24;

    /** @param picture draws held-out example {@code index}, or gives nothing for data that are not images */
    ClassificationResultView(ClassificationResult result, IntFunction<Optional<Component>> picture) {
        addClassName("result-view");
        Span accuracy = new Span(RunStatusText.percent(result.accuracy()));
        accuracy.setId("result-accuracy");
        accuracy.addClassName("big-figure");
        accuracy.getElement().setAttribute("data-accuracy", String.format(Locale.ROOT, "%.4f", result.accuracy()));
        Paragraph caption = new Paragraph("held-out accuracy on " + result.examples() + " examples");
        caption.addClassName("muted");

        Grid<ClassScore> scores = new Grid<>();
        scores.setId("class-scores");
        scores.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        scores.addColumn(ClassScore::className).setHeader("Class");
        scores.addColumn(s -> fixed(s.precision())).setHeader("Precision").setTextAlign(ColumnTextAlign.END);
        scores.addColumn(s -> fixed(s.recall())).setHeader("Recall").setTextAlign(ColumnTextAlign.END);
        scores.addColumn(s -> fixed(s.f1())).setHeader("F1").setTextAlign(ColumnTextAlign.END);
        scores.addColumn(ClassScore::support).setHeader("Support").setTextAlign(ColumnTextAlign.END);
        scores.setItems(result.perClass());
        scores.setAllRowsVisible(true);

        Div top = new Div(new Div(accuracy, caption), scores);
        top.addClassName("result-top");
        add(top, new H4("Confusion matrix"), new ConfusionMatrixHeatmap(result.classNames(), result.confusion()),
                new H4("Misclassified examples"), misclassified(result, picture));
    }

    private static Component misclassified(ClassificationResult result, IntFunction<Optional<Component>> picture) {
        Div list = new Div();
        list.setId("misclassified");
        list.addClassName("misclassified");
        if (result.misclassified().isEmpty()) {
            list.add(new Paragraph("None: every held-out example was classified correctly."));
            return list;
        }
        for (MisclassifiedExample example : result.misclassified().stream().limit(MAX_EXAMPLES).toList()) {
            Div item = new Div();
            item.addClassName("misclassified-item");
            picture.apply(example.index()).ifPresent(item::add);
            Span text = new Span("#" + example.index() + ": " + example.actual() + ", predicted " + example.predicted()
                    + " (" + RunStatusText.percent(example.confidence()) + ")");
            item.add(text);
            list.add(item);
        }
        if (result.misclassified().size() > MAX_EXAMPLES) {
            list.add(new Paragraph("… and " + (result.misclassified().size() - MAX_EXAMPLES) + " more."));
        }
        return list;
    }

    static String fixed(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
