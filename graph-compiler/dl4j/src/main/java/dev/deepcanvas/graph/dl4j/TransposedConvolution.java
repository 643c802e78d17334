package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.layers.convolution.Deconvolution2DLayer;

/**
 * Swaps each of a network's DL4J transposed convolutions for a {@link TransposedConvolutionLayer} over the same
 * configuration, parameters and gradients. The configuration is untouched, so a saved network is plain DL4J and a
 * restored one computes the same with or without the swap.
 */
public final class TransposedConvolution {

    private TransposedConvolution() {
    }

    /**
     * Call after {@code init()} (or a restore) and before the first {@code fit}.
     *
     * @return the number of layers swapped
     */
    public static int install(ComputationGraph network) {
        return LayerSwap.swap(network, layer -> layer.getClass() == Deconvolution2DLayer.class
                ? new TransposedConvolutionLayer(layer.conf(), layer.params().dataType()) : null);
    }
}
