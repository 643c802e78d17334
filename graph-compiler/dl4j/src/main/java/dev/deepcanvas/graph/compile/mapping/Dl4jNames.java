package dev.deepcanvas.graph.compile.mapping;

import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

import java.util.Locale;

/** The DL4J counterparts of the document's parameter values (activations, losses, padding modes). */
final class Dl4jNames {

    private Dl4jNames() {
    }

    static Activation activation(String name) {
        return Activation.valueOf(name.toUpperCase(Locale.ROOT));
    }

    static LossFunction loss(String name) {
        return switch (name) {
            case "mcxent" -> LossFunction.MCXENT;
            case "xent" -> LossFunction.XENT;
            case "mse" -> LossFunction.MSE;
            case "mae" -> LossFunction.MEAN_ABSOLUTE_ERROR;
            default -> throw new IllegalArgumentException("unknown loss " + name);
        };
    }

    /** Keras' "valid" is DL4J's Truncate mode, "same" its Same mode. */
    static ConvolutionMode convolutionMode(String padding) {
        return padding.equals("same") ? ConvolutionMode.Same : ConvolutionMode.Truncate;
    }
}
