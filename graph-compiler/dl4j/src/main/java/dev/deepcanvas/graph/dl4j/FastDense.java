package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.layers.OutputLayer;
import org.deeplearning4j.nn.layers.feedforward.dense.DenseLayer;

/**
 * Swaps each of a network's DL4J dense and output layers for {@link FastDenseLayer} and {@link FastOutputLayer}
 * over the same configuration, parameters and gradients ({@link LayerSwap}): same maths, faster matrix products
 * ({@link DenseProducts}).
 */
public final class FastDense {

    private FastDense() {
    }

    /**
     * Call after {@code init()} (or a restore) and before the first {@code fit} or {@code output}.
     *
     * @return the number of layers swapped
     */
    public static int install(ComputationGraph network) {
        return LayerSwap.swap(network, layer -> {
            if (layer.getClass() == DenseLayer.class) {
                return new FastDenseLayer(layer.conf(), layer.params().dataType());
            }
            if (layer.getClass() == OutputLayer.class) {
                return new FastOutputLayer(layer.conf(), layer.params().dataType());
            }
            return null;
        });
    }
}
