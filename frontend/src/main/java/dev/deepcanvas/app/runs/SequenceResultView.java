package dev.deepcanvas.app.runs;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.deepcanvas.backend.results.SequenceResult;
import dev.deepcanvas.backend.results.SequenceSample;

import java.util.Optional;
import java.util.function.IntFunction;

/**
 * A sequence model's held-out result: per-step and whole-sequence accuracy, then held-out samples with what the
 * model was given, the reference and what it generated, every generated word (or character) that matches the
 * reference at its position marked.
 */
class SequenceResultView extends Div {

    /**
     * @param freeText true for a character model writing on from a prompt: its continuations are compared
     *                 character by character and never expected to match exactly
     * @param picture  draws held-out example {@code index} (a caption's picture), or gives nothing
     */
    SequenceResultView(SequenceResult result, boolean freeText, IntFunction<Optional<Component>> picture) {
        addClassName("result-view");
        Div figures = new Div(ResultFigure.of(RunStatusText.percent(result.tokenAccuracy()),
                (freeText ? "next characters" : "steps") + " predicted right", "result-token-accuracy"));
        if (!freeText) {
            figures.add(ResultFigure.of(RunStatusText.percent(result.sequenceAccuracy()), "whole sequences exactly right",
                    "result-sequence-accuracy"));
        }
        figures.add(ResultFigure.of(String.valueOf(result.examples()), "held-out examples", "result-examples"));
        figures.addClassName("result-figures");
        Paragraph how = new Paragraph(freeText
                ? "Per-step accuracy: how often the likeliest next character is the real one. Below, the model "
                + "writes on from held-out prompts, drawing each character from its prediction; characters that "
                + "agree with the text that really followed are marked, though nobody expects it to match."
                : "Decoding: " + ("greedy".equals(result.decoding()) ? "greedy (each step is fed the model's own "
                + "previous word, as when it writes for real)" : "one pass (every step comes from the input "
                + "alone)") + ". Generated words that match the reference at their position are marked green, "
                + "others red.");
        how.addClassName("muted");
        add(figures, how, samples(result, freeText, picture));
    }

    private static Component samples(SequenceResult result, boolean freeText,
                                     IntFunction<Optional<Component>> picture) {
        if (result.samples().isEmpty()) {
            return new Paragraph("There are no held-out samples to show.");
        }
        Grid<SequenceSample> grid = new Grid<>();
        grid.setId("sequence-samples");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addComponentColumn(s -> source(s, picture)).setHeader(freeText ? "Prompt" : "Input").setFlexGrow(2);
        grid.addColumn(SequenceSample::reference).setHeader(freeText ? "What really followed" : "Expected")
                .setFlexGrow(2);
        grid.addComponentColumn(s -> generated(s, freeText)).setHeader("Generated").setFlexGrow(2);
        if (!freeText) {
            grid.addComponentColumn(SequenceResultView::verdict).setHeader("Match").setFlexGrow(0).setWidth("90px");
        }
        grid.setItems(result.samples());
        grid.setAllRowsVisible(true);
        return grid;
    }

    private static Component source(SequenceSample sample, IntFunction<Optional<Component>> picture) {
        Div cell = new Div();
        cell.addClassName("sequence-source");
        picture.apply(sample.index()).ifPresent(cell::add);
        cell.add(new Span(sample.source()));
        return cell;
    }

    private static Component generated(SequenceSample sample, boolean freeText) {
        Span line = new Span();
        line.addClassName("sequence-generated");
        for (TokenMatch.Piece piece : TokenMatch.compare(sample.reference(), sample.generated(), freeText)) {
            Span token = new Span(piece.text());
            token.addClassName(piece.matches() ? "token-match" : "token-miss");
            line.add(token);
            if (!piece.separator().isEmpty()) {
                line.add(new Span(piece.separator()));
            }
        }
        return line;
    }

    private static Component verdict(SequenceSample sample) {
        Span verdict = new Span(sample.exact() ? "exact" : "differs");
        verdict.getElement().setAttribute("theme", sample.exact() ? "badge success" : "badge error");
        verdict.addClassName("sequence-verdict");
        return verdict;
    }
}
