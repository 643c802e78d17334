package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.layers.ActivationLayer;

/**
 * Swaps each of a network's ReLU and leaky-ReLU activation layers for {@link FastActivationLayer} over the same
 * configuration ({@link LayerSwap}): same maths, the activation's passes in Java ({@link JavaActivation}).
 */
final class FastActivation {

    private FastActivation() {
    }

    /**
     * Call after {@code init()} (or a restore) and before the first {@code fit}.
     *
     * @return the number of layers swapped
     */
    static int install(ComputationGraph network) {
        var dataType = network.getConfiguration().getDataType();
        return LayerSwap.swap(network, layer -> layer.getClass() == ActivationLayer.class
                && JavaActivation.handles(((ActivationLayer) layer).layerConf().getActivationFn())
                ? new FastActivationLayer(layer.conf(), dataType) : null);
    }
}
