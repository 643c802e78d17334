package dev.deepcanvas.graph.layers;

import java.util.List;

/** Loss names offered on output layers, and the activations each needs. */
public final class Losses {

    public static final List<String> ALL = List.of("mcxent", "xent", "mse", "mae");

    private Losses() {
    }

    public static ParamSpec param(String defaultValue) {
        return ParamSpec.enumParam("loss", defaultValue, ALL,
                "mcxent: one class of many (softmax); xent: yes/no per output (sigmoid); mse/mae: regression");
    }

    /**
     * Combinations DL4J refuses or that cannot learn, with the fix; null when fine. Mirrors DL4J's own output-layer
     * checks so that the user sees a message on the node instead of an exception at compile time.
     */
    public static String checkCombination(String loss, String activation, long units) {
        if (activation.equals("softmax") && units == 1) {
            return "A softmax over a single unit always outputs 1. Use 2+ units, or sigmoid with the xent loss.";
        }
        if (loss.equals("mcxent") && !activation.equals("softmax")) {
            return "The mcxent (categorical cross-entropy) loss needs the softmax activation. "
                    + "Set activation to softmax, or use xent with sigmoid for independent yes/no outputs.";
        }
        if (loss.equals("xent") && !activation.equals("sigmoid")) {
            return "The xent (binary cross-entropy) loss needs the sigmoid activation. "
                    + "Set activation to sigmoid, or use mcxent with softmax for one-of-many classes.";
        }
        return null;
    }
}
