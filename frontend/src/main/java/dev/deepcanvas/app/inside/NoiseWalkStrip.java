package dev.deepcanvas.app.inside;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.deepcanvas.backend.inside.NoiseInterpolation;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.function.IntConsumer;

/**
 * The generator's pictures along the way from noise A to noise B, side by side, the ends named A and B and the
 * steps between by how far along they are. A picture can be picked to see what the generator's layers made of it.
 */
class NoiseWalkStrip extends Div {

    NoiseWalkStrip(NoiseInterpolation walk, int picked, IntConsumer pick) {
        setId("gan-walk");
        addClassName("gan-walk");
        Div strip = new Div();
        strip.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-s)")
                .set("align-items", "flex-end");
        int steps = walk.pictures().count();
        for (int step = 0; step < steps; step++) {
            strip.add(cell(walk, step, steps, step == picked, pick));
        }
        Paragraph caption = new Paragraph(caption(walk));
        caption.addClassName("muted");
        add(strip, caption);
    }

    private static Div cell(NoiseInterpolation walk, int step, int steps, boolean picked, IntConsumer pick) {
        String label = label(walk.fractions().get(step), step, steps);
        Image picture = GeneratedImage.of(walk.pictures(), step, "noise " + label);
        Span name = new Span(label);
        name.addClassName("muted");
        Div cell = new Div(picture, name);
        cell.addClassName("gan-walk-step");
        cell.getElement().setAttribute("data-step", String.valueOf(step));
        cell.getElement().setAttribute("title", "See what the generator's layers made of this noise");
        cell.getStyle().set("display", "flex").set("flex-direction", "column").set("align-items", "center")
                .set("cursor", "pointer").set("padding", "2px").set("border-radius", "4px")
                .set("outline", picked ? "2px solid var(--lumo-primary-color)" : "none");
        cell.getElement().getClassList().set("selected", picked);
        cell.addClickListener(e -> pick.accept(step));
        return cell;
    }

    /** "A" and "B" at the ends, "25%" of the way between. */
    static String label(double fraction, int step, int steps) {
        if (step == 0) {
            return "A";
        }
        if (step == steps - 1) {
            return "B";
        }
        return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.ROOT)).format(fraction * 100) + "%";
    }

    static String caption(NoiseInterpolation walk) {
        return walk.pictures().count() + " pictures from the noise of seed " + walk.fromSeed() + " (A) to the noise "
                + "of seed " + walk.toSeed() + " (B)" + (walk.className() == null ? "" : ", all asked for “"
                + walk.className() + "”") + ". Click a picture to see below how the generator made it.";
    }
}
