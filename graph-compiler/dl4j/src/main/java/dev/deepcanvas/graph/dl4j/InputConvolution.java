package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.deeplearning4j.nn.layers.convolution.ConvolutionHelper;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;

/**
 * Gives each 2D convolution that reads a network input directly the {@link InputConvolutionHelper}, which skips the
 * gradient with respect to that input. Only for training through {@code fit}: after it, the network no longer
 * reports true gradients with respect to those inputs (nothing in DeepCanvas asks for them).
 */
public final class InputConvolution {

    private static final PrivateField<ConvolutionLayer, ConvolutionHelper> HELPER = PrivateField.of(
            ConvolutionLayer.class, "helper", ConvolutionHelper.class);

    private InputConvolution() {
    }

    /** @return the number of convolutions that now skip their input gradient */
    public static int install(ComputationGraph network) {
        int installed = 0;
        for (GraphVertex vertex : network.getVertices()) {
            if (!vertex.hasLayer() || !readsOnlyNetworkInputs(network, vertex)) {
                continue;
            }
            Layer layer = vertex.getLayer();
            // exactly DL4J's 2D convolution (or it with a faster ReLU): its subclasses (depthwise, separable,
            // transpose) compute differently
            if (layer.getClass() != ConvolutionLayer.class && layer.getClass() != FastConvolutionLayer.class) {
                continue;
            }
            ConvolutionLayer convolution = (ConvolutionLayer) layer;
            ConvolutionHelper oneDnn = HELPER.get(convolution);
            if (oneDnn != null && !(oneDnn instanceof InputConvolutionHelper)) {
                HELPER.set(convolution, new InputConvolutionHelper(oneDnn));
                installed++;
            }
        }
        return installed;
    }

    private static boolean readsOnlyNetworkInputs(ComputationGraph network, GraphVertex vertex) {
        var inputs = vertex.getInputVertices();
        if (inputs == null || inputs.length == 0) {
            return false;
        }
        for (var input : inputs) {
            if (!network.getVertices()[input.getVertexIndex()].isInputVertex()) {
                return false;
            }
        }
        return true;
    }
}
