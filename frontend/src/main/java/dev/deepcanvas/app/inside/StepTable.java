package dev.deepcanvas.app.inside;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.deepcanvas.app.runs.RunStatusText;
import dev.deepcanvas.backend.inside.SequenceOutput;
import dev.deepcanvas.backend.inside.StepPrediction;
import dev.deepcanvas.backend.inside.TokenChance;

import java.util.stream.Collectors;

/**
 * A sequence output step by step: the token written with its probability, the runners-up, and the token the
 * dataset expects (marked where they differ).
 */
class StepTable extends Div {

    StepTable(SequenceOutput output) {
        addClassName("inside-steps");
        Paragraph how = new Paragraph(output.decoding());
        how.addClassName("muted");
        add(how);
        Div table = new Div();
        table.getStyle().set("display", "grid").set("grid-template-columns", "repeat(5, max-content)")
                .set("column-gap", "var(--lumo-space-m)").set("row-gap", "2px")
                .set("font-size", "var(--lumo-font-size-s)").set("max-width", "100%").set("overflow-x", "auto");
        for (String heading : new String[]{"step", "written", "probability", "next most probable", "expected"}) {
            Span cell = new Span(heading);
            cell.getStyle().set("font-weight", "600");
            table.add(cell);
        }
        for (StepPrediction step : output.steps()) {
            Span number = new Span(String.valueOf(step.step()));
            Span written = new Span(shown(step.token()));
            written.addClassName("inside-step-token");
            written.getElement().setAttribute("data-step", String.valueOf(step.step()));
            written.getElement().setAttribute("title", step.token());
            written.getStyle().set("font-weight", "600");
            Span probability = new Span(RunStatusText.percent(step.probability()));
            Span others = new Span(step.top().stream().skip(1).map(StepTable::chance)
                    .collect(Collectors.joining(", ")));
            others.addClassName("muted");
            Span expected = new Span(shown(step.truth()) + (step.right() ? " ✓" : " ✗"));
            if (!step.right()) {
                expected.getStyle().set("color", "var(--lumo-error-text-color)");
            }
            table.add(number, written, probability, others, expected);
        }
        add(table);
        if (output.stepCount() > output.steps().size()) {
            Paragraph note = new Paragraph("The first " + output.steps().size() + " of " + output.stepCount()
                    + " steps are listed.");
            note.addClassName("inside-note");
            add(note);
        }
    }

    /** A space or a line break is written as a visible sign: the character model writes them too. */
    static String shown(String token) {
        return switch (token) {
            case " " -> "␣";
            case "\n" -> "↵";
            default -> token;
        };
    }

    /** "7 12.0%". */
    private static String chance(TokenChance chance) {
        return shown(chance.token()) + " " + RunStatusText.percent(chance.probability());
    }
}
