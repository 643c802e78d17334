package dev.deepcanvas.graph.layers;

import java.util.List;

/** Holds the palette metadata so that each layer class only writes its shape rule and DL4J mapping. */
public abstract class AbstractLayerType implements LayerType {

    private final String type;
    private final Category category;
    private final String summary;
    private final Arity arity;
    private final List<ParamSpec> params;

    protected AbstractLayerType(String type, Category category, Arity arity, String summary, ParamSpec... params) {
        this.type = type;
        this.category = category;
        this.summary = summary;
        this.arity = arity;
        this.params = List.of(params);
    }

    @Override
    public final String type() {
        return type;
    }

    @Override
    public final Category category() {
        return category;
    }

    @Override
    public final String summary() {
        return summary;
    }

    @Override
    public final List<ParamSpec> params() {
        return params;
    }

    @Override
    public final Arity arity() {
        return arity;
    }
}
