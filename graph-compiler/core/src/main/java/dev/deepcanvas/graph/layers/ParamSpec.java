package dev.deepcanvas.graph.layers;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.List;

/**
 * Declares one parameter of a layer type: the property form is generated from it and values are validated against it.
 *
 * @param defaultValue Integer, Double, String, Boolean or List&lt;Integer&gt; matching {@code kind}
 * @param min          inclusive lower bound for numbers (each element for INT_LIST), null when unbounded
 * @param max          inclusive upper bound, null when unbounded
 * @param options      allowed values for ENUM, empty otherwise
 * @param help         one line for the form's tooltip
 */
@JsonPropertyOrder({"name", "kind", "defaultValue", "min", "max", "options", "help"})
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ParamSpec(String name, ParamKind kind, Object defaultValue, Double min, Double max,
                        List<String> options, String help) {

    public ParamSpec {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public static ParamSpec intParam(String name, int defaultValue, int min, int max, String help) {
        return new ParamSpec(name, ParamKind.INT, defaultValue, (double) min, (double) max, List.of(), help);
    }

    public static ParamSpec doubleParam(String name, double defaultValue, double min, double max, String help) {
        return new ParamSpec(name, ParamKind.DOUBLE, defaultValue, min, max, List.of(), help);
    }

    public static ParamSpec enumParam(String name, String defaultValue, List<String> options, String help) {
        return new ParamSpec(name, ParamKind.ENUM, defaultValue, null, null, options, help);
    }

    public static ParamSpec boolParam(String name, boolean defaultValue, String help) {
        return new ParamSpec(name, ParamKind.BOOLEAN, defaultValue, null, null, List.of(), help);
    }

    public static ParamSpec intListParam(String name, List<Integer> defaultValue, int min, int max, String help) {
        return new ParamSpec(name, ParamKind.INT_LIST, List.copyOf(defaultValue), (double) min, (double) max,
                List.of(), help);
    }
}
