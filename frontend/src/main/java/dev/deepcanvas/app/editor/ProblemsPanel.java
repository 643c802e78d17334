package dev.deepcanvas.app.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.deepcanvas.graph.analysis.Analysis;
import dev.deepcanvas.graph.analysis.Problem;

import java.util.function.Consumer;

/** Every problem the compiler found, at once; clicking one shows its node on the canvas. */
class ProblemsPanel extends VerticalLayout {

    private final Consumer<String> focusNode;

    ProblemsPanel(Consumer<String> focusNode) {
        this.focusNode = focusNode;
        setId("problems-panel");
        addClassName("side-panel");
        setPadding(true);
        setSpacing(false);
    }

    void show(Analysis analysis) {
        removeAll();
        add(new H3("Problems"));
        if (analysis.problems().isEmpty()) {
            Paragraph ok = new Paragraph("No problems: this graph compiles.");
            ok.addClassName("muted");
            ok.setId("no-problems");
            add(ok);
            return;
        }
        for (Problem problem : analysis.problems()) {
            Span code = new Span(problem.code().name());
            code.getElement().setAttribute("theme", "badge error small");
            Span where = new Span(problem.nodeId() != null ? problem.nodeId()
                    : problem.edgeId() != null ? "edge " + problem.edgeId() : "graph");
            where.addClassName("problem-where");
            Div head = new Div(code, where);
            head.addClassName("problem-head");
            Paragraph message = new Paragraph(problem.message());
            message.addClassName("problem-message");
            Div item = new Div(head, message);
            item.addClassName("problem-item");
            if (problem.nodeId() != null) {
                item.getElement().setAttribute("data-node", problem.nodeId());
                item.addClickListener(e -> focusNode.accept(problem.nodeId()));
                item.addClassName("clickable");
                // The same for the keyboard: a real button, reached with Tab.
                Button show = new Button("Show " + problem.nodeId(), e -> focusNode.accept(problem.nodeId()));
                show.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                show.addClassName("problem-show");
                head.add(show);
            }
            add(item);
        }
    }
}
