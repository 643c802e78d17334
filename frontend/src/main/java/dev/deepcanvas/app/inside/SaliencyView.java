package dev.deepcanvas.app.inside;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import dev.deepcanvas.backend.inside.FeatureMap;
import dev.deepcanvas.backend.inside.InsideExample;
import dev.deepcanvas.backend.inside.InsideRejectedException;
import dev.deepcanvas.backend.inside.LayerActivations;
import dev.deepcanvas.backend.inside.LayerKind;
import dev.deepcanvas.backend.inside.SaliencyMap;
import dev.deepcanvas.backend.inside.SaliencyPicture;
import dev.deepcanvas.backend.inside.WordSaliency;

import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.stream.IntStream;

/**
 * The output's saliency: choose a class (the predicted one to begin with) and see which input values sway its
 * probability most, as a heat map over a picture, a signed bar per feature, or a coloured chip per word.
 */
class SaliencyView extends Div {

    private static final int PICTURE_HEIGHT = 160;

    private final InsideExample example;
    private final BiFunction<Integer, Boolean, Component> drawingOf;
    private final Div drawing = new Div();
    private final Select<Integer> unit = new Select<>();
    private final Select<Boolean> measure = new Select<>();

    /**
     * @param saliencyOf the saliency of an output unit, of its score before the output's activation if asked;
     *                   throws {@link InsideRejectedException} saying why not
     */
    SaliencyView(InsideExample example, BiFunction<Integer, Boolean, SaliencyMap> saliencyOf) {
        this(example, (Drawing) (unit, score) -> drawing(saliencyOf.apply(unit, score), example));
    }

    /**
     * The saliency per word of a model that reads words.
     *
     * @param saliencyOf as for pictures: throws {@link InsideRejectedException} saying why not
     */
    static SaliencyView ofWords(InsideExample example, BiFunction<Integer, Boolean, WordSaliency> saliencyOf) {
        return new SaliencyView(example, (Drawing) (unit, score) -> new WordSaliencyStrip(
                saliencyOf.apply(unit, score), !example.classNames().isEmpty()));
    }

    /** What is drawn for an output unit; throws {@link InsideRejectedException} saying why not. */
    private interface Drawing extends BiFunction<Integer, Boolean, Component> {
    }

    private SaliencyView(InsideExample example, Drawing drawingOf) {
        this.example = example;
        this.drawingOf = drawingOf;
        setId("inside-saliency");
        addClassName("inside-saliency");
        getStyle().set("padding", "var(--lumo-space-s) 0");
        add(new H4("Saliency · what in the input sways the answer"));
        List<Integer> units = IntStream.range(0, unitCount()).boxed().toList();
        unit.setId("inside-saliency-unit");
        unit.setLabel(example.classNames().isEmpty() ? "Output" : "Class");
        unit.setItems(units);
        unit.setItemLabelGenerator(this::unitName);
        // a regressor predicts no class (null), and an immutable list refuses to look null up
        int first = example.predicted() == null ? 0
                : Math.max(0, example.classNames().indexOf(example.predicted()));
        if (!units.isEmpty()) {
            unit.setValue(first);
        }
        measure.setId("inside-saliency-measure");
        measure.setLabel("Of its");
        measure.setItems(false, true);
        measure.setItemLabelGenerator(score -> score ? "score (before the output's activation)" : "probability");
        measure.setValue(false);
        // a near-certain probability barely moves under any nudge; the score before softmax still shows what counts
        measure.setHelperText("A near-certain class's probability barely moves: its score still does.");
        measure.setVisible(!example.classNames().isEmpty());
        unit.addValueChangeListener(e -> show());
        measure.addValueChangeListener(e -> show());
        HorizontalLayout choices = new HorizontalLayout(unit, measure);
        choices.getStyle().set("flex-wrap", "wrap");
        add(choices, drawing);
        show();
    }

    private int unitCount() {
        return example.layers().stream().filter(l -> l.kind() == LayerKind.OUTPUT).findFirst()
                .map(LayerActivations::unitCount).orElse(0);
    }

    private String unitName(int unit) {
        return unit < example.classNames().size() ? example.classNames().get(unit) : "output " + unit;
    }

    private void show() {
        drawing.removeAll();
        if (unit.getValue() == null) {
            return;
        }
        try {
            drawing.add(drawingOf.apply(unit.getValue(), Boolean.TRUE.equals(measure.getValue())));
        } catch (InsideRejectedException e) {
            Paragraph why = new Paragraph(e.getMessage());
            why.setId("inside-saliency-unavailable");
            why.addClassName("inside-note");
            drawing.add(why);
        }
    }

    /** A picture's or a feature vector's saliency with what it means. */
    private static Component drawing(SaliencyMap map, InsideExample example) {
        Paragraph meaning = new Paragraph(meaning(map, !example.classNames().isEmpty()));
        meaning.addClassName("muted");
        return new Div(meaning, map.isPicture() ? pictures(map, example) : featureBars(map));
    }

    static String meaning(SaliencyMap map, boolean classifier) {
        String what = !classifier ? map.unitName() + " (in the model's standardised units)"
                : map.score() ? "the score of \u201c" + map.unitName() + "\u201d (before the output turns scores into "
                + "probabilities)" : "the probability of \u201c" + map.unitName() + "\u201d";
        return map.isPicture()
                ? "How much " + what + " changes when one pixel is nudged (the gradient"
                + (map.shape().get(0) > 1 ? ", the largest over the channels" : "")
                + "): left over the input, right alone. Black: no influence; white: the most."
                : "How much " + what + " changes per unit of each input feature (the gradient): blue raises it, "
                + "red lowers it, the longer the stronger.";
    }

    private static Div pictures(SaliencyMap map, InsideExample example) {
        FeatureMap strength = map.pixelStrength();
        double largest = map.largest();
        LayerActivations input = example.layers().get(0);
        Div row = new Div();
        row.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-m)")
                .set("align-items", "flex-end");
        if (input.kind() == LayerKind.FEATURE_MAPS && input.maps().size() == input.channels()) {
            row.add(picture(SaliencyPicture.overlay(input, strength, largest), strength,
                    "saliency over the input"));
        }
        row.add(picture(SaliencyPicture.heat(strength, largest), strength, "saliency"));
        row.add(heatKey(largest));
        return row;
    }

    private static Image picture(byte[] png, FeatureMap strength, String alt) {
        Image picture = new Image("data:image/png;base64," + Base64.getEncoder().encodeToString(png), alt);
        picture.addClassName("example-image");
        picture.addClassName("inside-saliency-picture");
        picture.setHeight(PICTURE_HEIGHT + "px");
        picture.setWidth(PICTURE_HEIGHT * strength.width() / Math.max(1, strength.height()) + "px");
        return picture;
    }

    private static Div heatKey(double largest) {
        Span from = new Span("0");
        from.addClassName("muted");
        Div ramp = new Div();
        ramp.getStyle().set("width", "120px").set("height", "10px").set("border-radius", "3px")
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("background", "linear-gradient(to right, black, red, yellow, white)");
        Span to = new Span(Numbers.of(largest));
        to.addClassName("muted");
        Div key = new Div(from, ramp, to);
        key.addClassName("inside-key");
        key.getStyle().set("display", "flex").set("align-items", "center").set("gap", "var(--lumo-space-xs)");
        key.getElement().setAttribute("title", "black = no influence, white = a gradient of " + Numbers.of(largest)
                + " (the largest of this input)");
        return key;
    }

    private static Div featureBars(SaliencyMap map) {
        Div bars = new Div();
        double largest = map.largest();
        float[] gradient = map.gradient();
        for (int i = 0; i < gradient.length; i++) {
            Span label = new Span(map.featureName(i));
            label.addClassName("bar-label");
            Div fill = new Div();
            fill.addClassName("bar-fill");
            double share = largest > 0 ? Math.abs(gradient[i]) / largest : 0;
            fill.getStyle().set("width", String.format(Locale.ROOT, "%.1f%%", share * 100));
            if (gradient[i] < 0) {
                fill.getStyle().set("background", "var(--lumo-error-color)");
            }
            Div track = new Div(fill);
            track.addClassName("bar-track");
            Span value = new Span(Numbers.of(gradient[i]));
            value.addClassName("bar-value");
            Div row = new Div(label, track, value);
            row.addClassName("bar-row");
            row.getElement().setAttribute("data-feature", map.featureName(i));
            bars.add(row);
        }
        return bars;
    }
}
