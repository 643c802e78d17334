package dev.deepcanvas.graph.layers;

import java.util.List;
import java.util.Map;

/**
 * A node's parameter values after validation against its {@link ParamSpec}s, with defaults filled in.
 * Shape rules and DL4J mappings read from here and can rely on every declared parameter being present and in range.
 */
public final class Params {

    private final Map<String, Object> values;

    Params(Map<String, Object> values) {
        this.values = Map.copyOf(values);
    }

    public int getInt(String name) {
        return (Integer) require(name);
    }

    public double getDouble(String name) {
        return (Double) require(name);
    }

    public String getString(String name) {
        return (String) require(name);
    }

    public boolean getBoolean(String name) {
        return (Boolean) require(name);
    }

    @SuppressWarnings("unchecked")
    public List<Integer> getIntList(String name) {
        return (List<Integer>) require(name);
    }

    public Map<String, Object> asMap() {
        return values;
    }

    private Object require(String name) {
        Object v = values.get(name);
        if (v == null) {
            // A layer type reading a parameter it never declared is a programming error in that class.
            throw new IllegalArgumentException("Parameter '" + name + "' is not declared");
        }
        return v;
    }
}
