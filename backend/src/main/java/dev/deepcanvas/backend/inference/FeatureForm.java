package dev.deepcanvas.backend.inference;

import java.util.List;

/**
 * What the playground's feature fields need: a name and a starting value per feature (a real held-out example),
 * and whether the values are in the dataset's own units (centimetres, m²) or, for data whose scaling is not known,
 * in the standardised units the model works in.
 */
public record FeatureForm(List<String> names, List<Double> defaults, boolean rawUnits) {

    public FeatureForm {
        names = List.copyOf(names);
        defaults = List.copyOf(defaults);
    }
}
