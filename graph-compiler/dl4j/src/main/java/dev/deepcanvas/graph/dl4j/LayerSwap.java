package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.deeplearning4j.nn.graph.vertex.impl.LayerVertex;
import org.deeplearning4j.nn.layers.wrapper.BaseWrapperLayer;

import java.util.function.Function;

/**
 * Replaces layer objects of an initialised network by subclasses that compute the same faster, over the same
 * configuration, parameter views and gradient views. The configuration is untouched, so a saved network stays plain
 * DL4J, and a restored one computes the same with or without the swap. Layers inside DL4J's wrappers (the frozen
 * layers of a GAN's combined network) are swapped inside their wrapper.
 */
final class LayerSwap {

    private static final PrivateField<BaseWrapperLayer, Layer> UNDERLYING = PrivateField.of(BaseWrapperLayer.class,
            "underlying", Layer.class);

    private LayerSwap() {
    }

    /**
     * Call after {@code init()} (or a restore) and before the first {@code fit}.
     *
     * @param faster a faster layer for a layer of exactly the class it handles, else null
     * @return the number of layers swapped
     */
    static int swap(ComputationGraph network, Function<Layer, Layer> faster) {
        Layer[] layers = network.getLayers();
        int swapped = 0;
        for (GraphVertex vertex : network.getVertices()) {
            if (!(vertex instanceof LayerVertex layerVertex)) {
                continue;
            }
            Layer layer = vertex.getLayer();
            if (layer instanceof BaseWrapperLayer wrapper) {
                Layer inner = UNDERLYING.get(wrapper);
                Layer replacement = faster.apply(inner);
                if (replacement != null) {
                    UNDERLYING.set(wrapper, takeOver(network, inner, replacement));
                    swapped++;
                }
                continue;
            }
            Layer replacement = faster.apply(layer);
            if (replacement == null) {
                continue;
            }
            layerVertex.setLayer(takeOver(network, layer, replacement));
            for (int i = 0; i < layers.length; i++) {
                if (layers[i] == layer) {
                    layers[i] = replacement;
                }
            }
            swapped++;
        }
        return swapped;
    }

    private static Layer takeOver(ComputationGraph network, Layer old, Layer replacement) {
        replacement.setIndex(old.getIndex());
        replacement.setListeners(old.getListeners());
        replacement.setParamsViewArray(old.params());
        replacement.setParamTable(old.paramTable());
        if (old.getGradientsViewArray() != null) {
            replacement.setBackpropGradientsViewArray(old.getGradientsViewArray());
        }
        replacement.setCacheMode(network.getConfiguration().getCacheMode());
        return replacement;
    }
}
