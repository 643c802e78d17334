package dev.deepcanvas.graph.layers;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * The palette and property-form metadata of one layer type, as sent to the browser.
 *
 * @param maxInputs  -1 for "any number"
 * @param portLabels names of input ports 0, 1, … where the order matters; empty otherwise
 */
@JsonPropertyOrder({"type", "category", "categoryLabel", "summary", "role", "minInputs", "maxInputs", "params",
        "portLabels"})
public record LayerInfo(String type, Category category, String categoryLabel, String summary, Role role,
                        int minInputs, int maxInputs, List<ParamSpec> params, List<String> portLabels) {

    static LayerInfo of(LayerType t) {
        int max = t.arity().max() == Integer.MAX_VALUE ? -1 : t.arity().max();
        return new LayerInfo(t.type(), t.category(), t.category().label(), t.summary(), t.role(),
                t.arity().min(), max, List.copyOf(t.params()), List.copyOf(t.portLabels()));
    }
}
