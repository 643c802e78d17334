package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;

/**
 * Swaps each of a network's DL4J 2D convolution layers for {@link FastConvolutionLayer} over the same configuration,
 * parameters and gradients ({@link LayerSwap}): same maths, the activation's passes in Java
 * ({@link JavaActivation}).
 */
final class FastConvolution {

    private FastConvolution() {
    }

    /**
     * Call after {@code init()} (or a restore) and before the first {@code fit}, before {@link InputGradientSkip}.
     *
     * @return the number of layers swapped
     */
    static int install(ComputationGraph network) {
        // exactly DL4J's 2D convolution: its subclasses (depthwise, separable, transposed) compute differently
        return LayerSwap.swap(network, layer -> layer.getClass() == ConvolutionLayer.class
                && JavaActivation.handles(((ConvolutionLayer) layer).layerConf().getActivationFn())
                ? new FastConvolutionLayer(layer.conf(), layer.params().dataType()) : null);
    }
}
