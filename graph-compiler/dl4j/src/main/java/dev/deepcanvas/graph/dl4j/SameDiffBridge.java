package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.gradient.Gradient;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What DL4J 1.0.0-M2.1's bridge between its networks and SameDiff does wrong, in one place. Every layer or vertex
 * DL4J defines through SameDiff (DeepCanvas's GRU, DL4J's self-attention, recurrent-attention and attention
 * vertex) returns from its backward step twice the true gradient, for its own parameters and for its input alike,
 * so that everything below such a layer learnt with doubled gradients too. Measured against central differences
 * ({@code ExactSameDiffGradientsTest}); the factor is the same for every definition, so it comes from the bridge
 * (its external-errors function), not from any one layer.
 *
 * <p>Adam divides a constant factor out, so the gallery's templates trained much as they would have; but plain SGD
 * took twice the step the user set, the layer statistics showed doubled gradient norms and the Inside view's
 * saliency could not pass through a GRU. {@link ExactSameDiffLayer} and {@link ExactSameDiffVertex} undo it.
 */
final class SameDiffBridge {

    /** What DL4J's bridge multiplies a SameDiff layer's or vertex's gradients by. */
    static final double GRADIENT_FACTOR = 2.0;

    private SameDiffBridge() {
    }

    /**
     * Divides, in place, the parameter gradients of a bridge's backward step: the arrays it hands to the network (for
     * a layer, views of the network's gradient; for a vertex, arrays the network copies from), never the view
     * itself, which would halve a layer's twice.
     */
    static void undo(Gradient bridgeGradient) {
        for (INDArray parameterGradient : bridgeGradient.gradientForVariable().values()) {
            undo(parameterGradient);
        }
    }

    /** Divides, in place, a gradient the bridge computed (null is left alone: no gradient, nothing to undo). */
    static void undo(INDArray bridgeGradient) {
        if (bridgeGradient != null) {
            bridgeGradient.divi(GRADIENT_FACTOR);
        }
    }
}
