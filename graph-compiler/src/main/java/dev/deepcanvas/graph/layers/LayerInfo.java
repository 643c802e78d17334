package dev.deepcanvas.graph.layers;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * The palette and property-form metadata of one layer type, as sent to the browser.
 *
 * @param maxInputs -1 for "any number"
 */
@JsonPropertyOrder({"type", "category", "categoryLabel", "summary", "role", "minInputs", "maxInputs", "params"})
public record LayerInfo(String type, Category category, String categoryLabel, String summary, Role role,
                        int minInputs, int maxInputs, List<ParamSpec> params) {

    static LayerInfo of(LayerType t) {
        int max = t.arity().max() == Integer.MAX_VALUE ? -1 : t.arity().max();
        return new LayerInfo(t.type(), t.category(), t.category().label(), t.summary(), t.role(),
                t.arity().min(), max, List.copyOf(t.params()));
    }
}
