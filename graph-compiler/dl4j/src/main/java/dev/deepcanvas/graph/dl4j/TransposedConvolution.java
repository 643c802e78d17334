package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.deeplearning4j.nn.graph.vertex.impl.LayerVertex;
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
        Layer[] layers = network.getLayers();
        int installed = 0;
        for (GraphVertex vertex : network.getVertices()) {
            if (!(vertex instanceof LayerVertex layerVertex)
                    || vertex.getLayer().getClass() != Deconvolution2DLayer.class) {
                continue;
            }
            Layer dl4j = vertex.getLayer();
            TransposedConvolutionLayer fast = new TransposedConvolutionLayer(dl4j.conf(), dl4j.params().dataType());
            fast.setIndex(dl4j.getIndex());
            fast.setListeners(dl4j.getListeners());
            fast.setParamsViewArray(dl4j.params());
            fast.setParamTable(dl4j.paramTable());
            if (dl4j.getGradientsViewArray() != null) {
                fast.setBackpropGradientsViewArray(dl4j.getGradientsViewArray());
            }
            fast.setCacheMode(network.getConfiguration().getCacheMode());
            layerVertex.setLayer(fast);
            for (int i = 0; i < layers.length; i++) {
                if (layers[i] == dl4j) {
                    layers[i] = fast;
                }
            }
            installed++;
        }
        return installed;
    }
}
