package dev.deepcanvas.app.inside;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import dev.deepcanvas.backend.inside.LayerActivations;
import dev.deepcanvas.backend.inside.LayerKind;

import java.util.List;

/**
 * One layer of a GAN's generator for one noise vector: its name, type and shape, what it does on the way from noise
 * to picture, then its values (bars for numbers, grey pictures for channels).
 */
class GeneratorLayerSection extends Div {

    GeneratorLayerSection(LayerActivations layer, boolean last) {
        LayerFrame.open(this, layer);
        addClassName("gan-layer");
        Paragraph meaning = new Paragraph(meaning(layer, last));
        meaning.addClassName("muted");
        add(meaning);
        switch (layer.kind()) {
            case FEATURE_MAPS -> add(new FeatureMapGrid(layer));
            case UNITS, OUTPUT -> add(new UnitStrip(layer, "unit"));
            case OVER_TIME -> add(new TimeHeatMap(layer, List.of()));
            case NOT_SHOWN -> { }
        }
        LayerFrame.close(this, layer);
    }

    static String meaning(LayerActivations layer, boolean last) {
        boolean maps = layer.kind() == LayerKind.FEATURE_MAPS;
        if (last) {
            return "The generated picture, " + (maps ? "one grey picture per channel (red, green, blue for a "
                    + "colour picture)" : "as numbers") + ": what the discriminator was shown in training.";
        }
        return switch (layer.nodeType()) {
            case "NoiseInput" -> "The noise: the random numbers this picture starts from, one bar each (red below "
                    + "zero). Another seed, another picture.";
            case "ClassInput" -> "The class asked for, one number per class: 1 for the chosen class, 0 for the "
                    + "others.";
            case "Concatenate" -> "The noise and the class side by side: one list of numbers for the next layer.";
            case "BatchNorm" -> "The layer before, rescaled with the averages it learned in training, so that the "
                    + "next layer gets numbers of a steady size.";
            case "Activation" -> "The layer before through its activation function: the bends that let the "
                    + "generator draw more than straight-line mixtures.";
            case "Reshape" -> maps
                    ? "The same numbers laid out as small pictures, one per channel: from here on the generator "
                    + "draws in space."
                    : "The same numbers in another shape.";
            case "Conv2DTranspose" -> "One picture per channel, larger than the layer before: each value there is "
                    + "painted as a learned pattern over a patch here (a transposed convolution), so the picture "
                    + "grows and gains detail.";
            default -> maps
                    ? "One picture per channel, all on one grey scale for the layer."
                    : "One bar per unit, in order: how strongly each unit responds to this noise.";
        };
    }
}
