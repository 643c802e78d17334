package dev.deepcanvas.app.inside;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.deepcanvas.backend.inside.InsideExample;
import dev.deepcanvas.backend.inside.LayerActivations;


/** One layer of the canvas: its name, type and output shape, what the drawing means, then the drawing. */
class LayerSection extends Div {

    /** What a sequence output's heat map and table show. */
    static final String WRITTEN = "The network's answer at every step: a row per token of the output's vocabulary, a "
            + "column per step, bright where the token is probable; below, the token written at each step.";

    LayerSection(LayerActivations layer, InsideExample example, boolean first) {
        LayerFrame.open(this, layer);
        boolean writes = example.sequence() != null && example.sequence().nodeId().equals(layer.nodeId());
        Paragraph meaning = new Paragraph(writes ? WRITTEN
                : meaning(layer, first, !example.classNames().isEmpty()));
        meaning.addClassName("muted");
        add(meaning);
        switch (layer.kind()) {
            case FEATURE_MAPS -> add(new FeatureMapGrid(layer));
            case UNITS -> add(new UnitStrip(layer, first ? "feature" : "unit"));
            case OUTPUT -> add(new OutputBars(layer, example.classNames(), example.predicted()));
            // the output's columns are the steps it writes, named by what it wrote there
            case OVER_TIME -> add(new TimeHeatMap(layer, writes ? example.sequence().tokens() : example.words()));
            case NOT_SHOWN -> { }
        }
        if (writes) {
            add(new StepTable(example.sequence()));
        }
        example.attentionOf(layer.nodeId()).forEach(map -> {
            if (map.regions() != null) {
                add(new AttentionOverPicture(map));
            }
            add(new AttentionHeatMap(map));
        });
        example.gatesOf(layer.nodeId()).ifPresent(gates -> add(new GateMaps(gates, example.words())));
        LayerFrame.close(this, layer);
    }

    /** Sets this layer apart: the one the user came to see from the canvas. */
    void markFocused() {
        addClassName("inside-focus");
        getStyle().set("background", "var(--lumo-primary-color-10pct)")
                .set("border-left", "3px solid var(--lumo-primary-color)")
                .set("padding-left", "var(--lumo-space-s)");
    }

    static String meaning(LayerActivations layer, boolean first, boolean classifier) {
        return switch (layer.kind()) {
            case FEATURE_MAPS -> first
                    ? "The input, one picture per channel, as the network receives it."
                    : layer.nodeType().contains("MaxPool")
                    ? "The channels of the layer before, shrunk: each value is the strongest one in a small window "
                    + "of them, so what was found is kept along with roughly where."
                    : layer.nodeType().contains("Pool")
                    ? "The channels of the layer before, shrunk: each value is the average of a small window of "
                    + "them, so what was found is kept along with roughly where."
                    : "One picture per channel: bright where the channel's filter found its pattern in the layer "
                    + "before.";
            case UNITS -> first
                    ? "The input features, as the network receives them."
                    : "One bar per unit, in order: how strongly each unit responds to this example.";
            case OUTPUT -> classifier ? "The network's answer: how probable it finds each class."
                    : "The network's answer: the numbers it predicts.";
            case OVER_TIME -> first
                    ? "The input sequence, one column per time step, as the network receives it (words as their "
                    + "numbers in the vocabulary)."
                    : "The layer's values over time: a row per unit, a column per time step (word), bright where the "
                    + "unit is high. A recurrent layer's rows are its hidden state as it reads the sequence.";
            case NOT_SHOWN -> "Not drawn yet.";
        };
    }
}
