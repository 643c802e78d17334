package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.deeplearning4j.nn.layers.convolution.subsampling.SubsamplingHelper;
import org.deeplearning4j.nn.layers.convolution.subsampling.SubsamplingLayer;

/**
 * Swaps each of a network's DL4J 2D pooling layers (exactly that class: 1D pooling lays its activations out otherwise)
 * for {@link FastSubsamplingLayer} over the same configuration, and gives it the {@link JavaMaxPoolingHelper}, which
 * computes channels-first max pooling in Java and hands the rest back to oneDNN, where oneDNN itself would run its
 * reference kernel. Without oneDNN (no helper) the swapped layer runs DL4J's own code.
 */
final class FastPooling {

    private static final PrivateField<SubsamplingLayer, SubsamplingHelper> HELPER = PrivateField.of(
            SubsamplingLayer.class, "helper", SubsamplingHelper.class);

    private FastPooling() {
    }

    /**
     * Call after {@code init()} (or a restore) and before the first {@code fit} or {@code output}. Does nothing where
     * oneDNN has a fast kernel of its own ({@link OneDnnPoolingKernel}).
     *
     * @return the number of layers given the Java passes
     */
    static int install(ComputationGraph network) {
        return OneDnnPoolingKernel.isReference() ? swap(network) : 0;
    }

    /** {@link #install} on any machine (tests). */
    static int swap(ComputationGraph network) {
        DataType dataType = network.getConfiguration().getDataType();
        LayerSwap.swap(network, layer -> layer.getClass() == SubsamplingLayer.class
                ? new FastSubsamplingLayer(layer.conf(), dataType) : null);
        int installed = 0;
        for (GraphVertex vertex : network.getVertices()) {
            if (!vertex.hasLayer() || !(vertex.getLayer() instanceof FastSubsamplingLayer pooling)) {
                continue;
            }
            SubsamplingHelper oneDnn = HELPER.get(pooling);
            if (oneDnn != null && !(oneDnn instanceof JavaMaxPoolingHelper)) {
                HELPER.set(pooling, new JavaMaxPoolingHelper(oneDnn));
                installed++;
            }
        }
        return installed;
    }
}
