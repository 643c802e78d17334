package dev.deepcanvas.app.inside;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.deepcanvas.backend.inside.WordInfluence;
import dev.deepcanvas.backend.inside.WordRole;
import dev.deepcanvas.backend.inside.WordSaliency;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A model's saliency per word: each word of the example as a chip coloured by its gradient × embedding on a
 * diverging key (blue pushes the chosen output up, red pulls it down), its values in its title, padding and words
 * the model never read marked and left grey, and the strongest words named in a sentence below.
 */
class WordSaliencyStrip extends Div {

    /** How many words are named each way below the chips. */
    private static final int NAMED = 3;
    private static final String UP = "33, 102, 172";
    private static final String DOWN = "178, 24, 43";

    WordSaliencyStrip(WordSaliency saliency, boolean classifier) {
        addClassName("inside-word-saliency");
        String what = what(saliency, classifier);
        Paragraph meaning = new Paragraph("Gradient × embedding per word: how much " + what + " owes to each word's "
                + "vector, to first order (the gradient at the word's vector from the embedding \u201c"
                + saliency.embeddingNode() + "\u201d, times that vector, summed). Blue pushes it up, red pulls it "
                + "down, the stronger the deeper; a word's title also gives the gradient's length. Padding and words "
                + "the model never read have no value.");
        meaning.addClassName("muted");
        double largest = saliency.largest();
        Div chips = new Div();
        chips.setId("inside-word-chips");
        chips.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-xs)")
                .set("align-items", "center");
        for (WordInfluence word : saliency.words()) {
            chips.add(chip(word, largest));
        }
        add(meaning, chips, key(largest), named(saliency, what));
    }

    private static String what(WordSaliency saliency, boolean classifier) {
        return !classifier ? saliency.unitName() + " (in the model's standardised units)"
                : saliency.score() ? "the score of \u201c" + saliency.unitName() + "\u201d (before the output turns "
                + "scores into probabilities)" : "the probability of \u201c" + saliency.unitName() + "\u201d";
    }

    static Span chip(WordInfluence word, double largest) {
        Span chip = new Span(word.word());
        chip.addClassName("inside-word");
        chip.getElement().setAttribute("data-role", word.role().name().toLowerCase(Locale.ROOT));
        chip.getStyle().set("padding", "0 var(--lumo-space-xs)").set("border-radius", "var(--lumo-border-radius-s)")
                .set("border", "1px solid var(--lumo-contrast-20pct)");
        if (word.role() == WordRole.READ) {
            double share = largest > 0 ? Math.min(1, Math.abs(word.influence()) / largest) : 0;
            chip.getStyle().set("background", String.format(Locale.ROOT, "rgba(%s, %.3f)",
                    word.influence() < 0 ? DOWN : UP, share));
            if (share > 0.55) {
                chip.getStyle().set("color", "white");
            }
            chip.getElement().setAttribute("data-value", String.format(Locale.ROOT, "%.6g", word.influence()));
            chip.getElement().setAttribute("title", word.word() + readAs(word) + " · gradient × embedding "
                    + Numbers.of(word.influence()) + " · gradient length " + Numbers.of(word.gradientNorm())
                    + " · step " + word.step());
        } else if (word.role() == WordRole.PADDING) {
            chip.addClassName("muted");
            chip.getStyle().set("border-style", "dashed");
            chip.getElement().setAttribute("title", "padding before a short sentence, not one of its words: no value");
        } else {
            chip.addClassName("muted");
            chip.getStyle().set("text-decoration", "line-through");
            chip.getElement().setAttribute("title", word.word() + " · cut: the model reads only the last words of a "
                    + "long text, so it never saw this one: no value");
        }
        return chip;
    }

    private static String readAs(WordInfluence word) {
        return word.readAs() == null || word.readAs().equals(word.word()) ? "" : " (read as " + word.readAs() + ")";
    }

    private static Div key(double largest) {
        Span from = new Span(Numbers.of(-largest));
        from.addClassName("muted");
        Div ramp = new Div();
        ramp.getStyle().set("width", "120px").set("height", "10px").set("border-radius", "3px")
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("background", "linear-gradient(to right, rgb(" + DOWN + "), white, rgb(" + UP + "))");
        Span to = new Span(Numbers.of(largest));
        to.addClassName("muted");
        Div key = new Div(from, ramp, to);
        key.addClassName("inside-key");
        key.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-xs)")
                .set("margin-top", "var(--lumo-space-s)");
        key.getElement().setAttribute("title", "gradient × embedding: red pulls the output down, white no "
                + "influence, blue pushes it up; the ends are the largest size among this example's words");
        return key;
    }

    static Paragraph named(WordSaliency saliency, String what) {
        List<WordInfluence> up = saliency.strongestFor(NAMED);
        List<WordInfluence> down = saliency.strongestAgainst(NAMED);
        String text = (up.isEmpty() ? "No word pushes " + what + " up." : "Pushes " + what + " up most: "
                + list(up) + ".") + " " + (down.isEmpty() ? "No word pulls it down." : "Pulls it down most: "
                + list(down) + ".");
        Paragraph named = new Paragraph(text);
        named.setId("inside-word-named");
        return named;
    }

    private static String list(List<WordInfluence> words) {
        return words.stream().map(w -> w.word() + " (" + Numbers.of(w.influence()) + ")")
                .collect(Collectors.joining(", "));
    }
}
