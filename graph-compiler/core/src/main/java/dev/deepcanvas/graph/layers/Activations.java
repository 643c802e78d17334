package dev.deepcanvas.graph.layers;

import java.util.List;

/** The activation names offered in property forms (lower-case Keras-style). */
public final class Activations {

    public static final List<String> ALL = List.of("relu", "relu6", "leakyrelu", "elu", "selu", "gelu", "swish",
            "tanh", "sigmoid", "hardsigmoid", "hardtanh", "softplus", "softsign", "softmax", "identity");

    /** The activations that make sense on an output layer. */
    public static final List<String> OUTPUT = List.of("softmax", "sigmoid", "identity", "tanh", "relu");

    /** What SameDiff-based layers (RecurrentAttention) can run: DL4J 1.0.0-M2.1 has no SameDiff form of the rest. */
    public static final List<String> SAMEDIFF = List.of("relu", "leakyrelu", "elu", "gelu", "tanh", "sigmoid",
            "hardtanh", "softplus", "softsign", "identity");

    private Activations() {
    }

    public static ParamSpec param(String defaultValue) {
        return ParamSpec.enumParam("activation", defaultValue, ALL, "The non-linearity applied to each output");
    }
}
