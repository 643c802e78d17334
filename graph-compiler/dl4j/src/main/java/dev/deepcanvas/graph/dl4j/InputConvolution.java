package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.deeplearning4j.nn.layers.convolution.ConvolutionHelper;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;

import java.lang.reflect.Field;

/**
 * Gives each 2D convolution that reads a network input directly the {@link InputConvolutionHelper}, which skips the
 * gradient with respect to that input. Only for training through {@code fit}: after it, the network no longer
 * reports true gradients with respect to those inputs (nothing in DeepCanvas asks for them).
 */
public final class InputConvolution {

    private static final Field HELPER = field();

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
            // exactly DL4J's 2D convolution: its subclasses (depthwise, separable, transpose) compute differently
            if (layer.getClass() == ConvolutionLayer.class
                    && get((ConvolutionLayer) layer) instanceof ConvolutionHelper oneDnn
                    && !(oneDnn instanceof InputConvolutionHelper)) {
                set((ConvolutionLayer) layer, new InputConvolutionHelper(oneDnn));
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

    private static Field field() {
        try {
            Field field = ConvolutionLayer.class.getDeclaredField("helper");
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("DL4J's ConvolutionLayer has no helper field: needs DL4J 1.0.0-M2.1", e);
        }
    }

    private static Object get(ConvolutionLayer layer) {
        try {
            return HELPER.get(layer);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(ConvolutionLayer layer, ConvolutionHelper helper) {
        try {
            HELPER.set(layer, helper);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
