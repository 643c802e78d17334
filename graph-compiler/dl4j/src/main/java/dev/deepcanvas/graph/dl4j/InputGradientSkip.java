package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.deeplearning4j.nn.layers.convolution.ConvolutionHelper;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;

/**
 * Has each layer that reads only network inputs skip the gradient with respect to them, which training never uses:
 * 2D convolutions get the {@link InputConvolutionHelper}, dense and output layers ({@link FastDenseLayer},
 * {@link FastOutputLayer}) stop computing {@code delta · Wᵀ}. PyTorch skips the same product for any input that does
 * not require a gradient.
 *
 * <p>Only for training through {@code fit}: after it, the network no longer reports true gradients with respect to
 * those inputs. What asks for them (the Inside view's saliency) runs on a network prepared with
 * {@link FastTraining#prepareForOutput}, which leaves this out.
 *
 * <p>Why: in the bench's MLP the first layer's input gradient (batch × 512 × 784) was a quarter of the step's
 * multiply-adds (docs/performance.md, "Dense layers").
 */
public final class InputGradientSkip {

    private static final PrivateField<ConvolutionLayer, ConvolutionHelper> HELPER = PrivateField.of(
            ConvolutionLayer.class, "helper", ConvolutionHelper.class);

    private InputGradientSkip() {
    }

    /**
     * Call after {@link FastConvolution#install} and {@link FastDense#install}.
     *
     * @return the number of layers that now skip their input gradient
     */
    public static int install(ComputationGraph network) {
        int installed = 0;
        for (GraphVertex vertex : network.getVertices()) {
            if (!vertex.hasLayer() || !readsOnlyNetworkInputs(network, vertex)) {
                continue;
            }
            Layer layer = vertex.getLayer();
            if (layer instanceof FastDenseLayer dense) {
                installed += dense.skipInputGradient() ? 1 : 0;
            } else if (layer instanceof FastOutputLayer output) {
                installed += output.skipInputGradient() ? 1 : 0;
            } else if (layer.getClass() == ConvolutionLayer.class || layer.getClass() == FastConvolutionLayer.class) {
                // exactly DL4J's 2D convolution (or it with a faster ReLU): its subclasses (depthwise, separable,
                // transpose) compute differently
                ConvolutionLayer convolution = (ConvolutionLayer) layer;
                ConvolutionHelper oneDnn = HELPER.get(convolution);
                if (oneDnn != null && !(oneDnn instanceof InputConvolutionHelper)) {
                    HELPER.set(convolution, new InputConvolutionHelper(oneDnn));
                    installed++;
                }
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
