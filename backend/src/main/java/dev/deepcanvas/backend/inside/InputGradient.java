package dev.deepcanvas.backend.inside;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.InputPreProcessor;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.deeplearning4j.nn.graph.vertex.VertexIndices;
import org.deeplearning4j.nn.graph.vertex.impl.LayerVertex;
import org.deeplearning4j.nn.layers.AbstractLayer;
import org.deeplearning4j.nn.layers.BaseOutputLayer;
import org.deeplearning4j.nn.layers.normalization.BatchNormalization;
import org.deeplearning4j.nn.layers.samediff.SameDiffGraphVertex;
import org.deeplearning4j.nn.layers.samediff.SameDiffLayer;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The gradient of one output unit (a class's probability, or a regressor's number) with respect to the network's
 * input, for a single example, in inference mode.
 *
 * <p>DL4J's own backward pass starts from the loss, so it would give the gradient of the loss rather than of the
 * probability, and it runs the forward pass in training mode. Here the graph is walked by hand instead: forward
 * through every vertex in inference mode, then the output layer's derivative of the chosen unit (its activation's
 * own Jacobian, whatever the loss), then every other vertex's own backward step down to the input.
 */
final class InputGradient {

    private InputGradient() {
    }

    /**
     * @param input the example with its batch dimension of 1, in the network's data type
     * @param unit  which of the output layer's units to differentiate
     * @param score true for the unit's score before the output's activation (a class's logit, which does not
     *              saturate as a near-certain probability does), false for the activated value itself
     * @return an array shaped like {@code input}
     * @throws InsideRejectedException for a graph this walk cannot differentiate correctly
     */
    static INDArray of(ComputationGraph net, INDArray input, int unit, boolean score) {
        String inputName = net.getConfiguration().getNetworkInputs().get(0);
        INDArray gradient = atOutputOf(net, input, inputName, unit, score).gradient();
        return gradient.reshape(input.shape());
    }

    /**
     * One vertex's output for the example and the gradient of the chosen unit with respect to it: the backward
     * walk stops there, so the vertex itself (an embedding, whose word numbers have no gradient) is never
     * differentiated.
     *
     * @param vertexName a vertex every path from the input to the output passes through, or the input itself
     * @return the vertex's output and the gradient, shaped alike; a vertex no path leads back to has zero influence
     * @throws InsideRejectedException for a graph this walk cannot differentiate correctly
     */
    static AtVertex atOutputOf(ComputationGraph net, INDArray input, String vertexName, int unit, boolean score) {
        if (net.getConfiguration().getNetworkInputs().size() != 1
                || net.getConfiguration().getNetworkOutputs().size() != 1) {
            throw new InsideRejectedException("The saliency map needs a model with one input and one output.");
        }
        int stop = net.getVertex(vertexName).getVertexIndex();
        refuseWhatInferenceModeCannotDifferentiate(net, vertexName);
        LayerWorkspaceMgr none = LayerWorkspaceMgr.noWorkspaces();
        GraphVertex[] vertices = net.getVertices();
        int[] order = net.topologicalSortOrder();
        String outputName = net.getConfiguration().getNetworkOutputs().get(0);
        INDArray[] activations = new INDArray[vertices.length];
        INDArray[] epsilons = new INDArray[vertices.length];
        if (net.getGradientsViewArray() == null) {
            // the layers' backward steps write their weight gradients there; a model loaded for inference has none
            net.initGradientsView();
        }
        try {
            net.setInputs(input);
            for (int i : order) {
                GraphVertex vertex = vertices[i];
                if (vertex.isInputVertex()) {
                    activations[i] = input;
                    continue;
                }
                VertexIndices[] from = vertex.getInputVertices();
                for (int j = 0; j < from.length; j++) {
                    vertex.setInput(j, activations[from[j].getVertexIndex()], none);
                }
                if (vertex.getVertexName().equals(outputName)) {
                    addTo(epsilons, from[0].getVertexIndex(), outputStep(vertex, unit, score, none));
                    break;
                }
                // a copy: a later vertex (an activation layer in inference) may change its input in place
                activations[i] = vertex.doForward(false, none).dup();
            }
            for (int k = order.length - 1; k >= 0; k--) {
                int i = order[k];
                GraphVertex vertex = vertices[i];
                if (i == stop || epsilons[i] == null || vertex.isInputVertex()) {
                    continue;
                }
                vertex.setEpsilon(epsilons[i]);
                Pair<Gradient, INDArray[]> step = vertex.doBackward(false, none);
                VertexIndices[] from = vertex.getInputVertices();
                for (int j = 0; j < from.length; j++) {
                    addTo(epsilons, from[j].getVertexIndex(), step.getSecond()[j]);
                }
            }
        } finally {
            // The model stays cached for predictions: it must not keep this example's arrays.
            net.clearLayersStates();
        }
        INDArray value = activations[stop];
        if (value == null) {
            throw new InsideRejectedException("\"" + vertexName + "\" is not computed on the way to the output.");
        }
        INDArray gradient = epsilons[stop];
        return new AtVertex(value, gradient == null ? Nd4j.zerosLike(value) : gradient.reshape(value.shape()));
    }

    /** A vertex's output for the example and the chosen unit's gradient with respect to it, shaped alike. */
    record AtVertex(INDArray value, INDArray gradient) {
    }

    /** d(unit or its score)/d(the output layer's input): the activation's Jacobian times the weights, before any preprocessor. */
    private static INDArray outputStep(GraphVertex vertex, int unit, boolean score, LayerWorkspaceMgr none) {
        if (!(vertex instanceof LayerVertex layerVertex) || !(layerVertex.getLayer() instanceof BaseOutputLayer<?>)) {
            throw new InsideRejectedException("The saliency map needs a dense output layer at the end of the model; "
                    + "\"" + vertex.getVertexName() + "\" is not one.");
        }
        Layer layer = layerVertex.getLayer();
        INDArray x = ((AbstractLayer<?>) layer).input();
        INDArray weights = layer.getParam("W");
        INDArray bias = layer.getParam("b");
        INDArray preOutput = x.mmul(weights);
        if (bias != null) {
            preOutput.addiRowVector(bias);
        }
        if (unit < 0 || unit >= preOutput.size(1)) {
            throw new InsideRejectedException("The output has units 0 to " + (preOutput.size(1) - 1) + "; there is "
                    + "no unit " + unit + ".");
        }
        INDArray pick = Nd4j.zerosLike(preOutput);
        pick.putScalar(0, unit, 1.0);
        IActivation activation = ((BaseLayer) layer.conf().getLayer()).getActivationFn();
        INDArray towardsPreOutput = score ? pick : activation.backprop(preOutput.dup(), pick).getFirst();
        INDArray towardsInput = towardsPreOutput.mmul(weights.transpose());
        InputPreProcessor preprocessor = layerVertex.getLayerPreProcessor();
        return preprocessor == null ? towardsInput : preprocessor.backprop(towardsInput, 1, none);
    }

    /**
     * Dropout and batch normalisation differentiate their training-mode behaviour in DL4J (a random mask, the
     * batch's own statistics), not the inference-mode function the user sees: their gradient here would be wrong.
     */
    private static void refuseWhatInferenceModeCannotDifferentiate(ComputationGraph net, String stop) {
        for (Layer layer : net.getLayers()) {
            String name = layer.conf().getLayer().getLayerName();
            if (name.equals(stop)) {
                // the walk stops at its output: its own training-mode behaviour is never differentiated
                continue;
            }
            if (layer instanceof BatchNormalization) {
                throw new InsideRejectedException("The saliency map cannot be computed through batch normalisation "
                        + "(layer \"" + name + "\"): DL4J differentiates it only as it behaves in training.");
            }
            if (layer.getClass() == SameDiffLayer.class) {
                // DL4J's own object doubles the gradient (graph.dl4j.SameDiffBridge); loaded models have it mended
                throw new InsideRejectedException("The saliency cannot be computed through layer \"" + name
                        + "\": the model was not prepared for it (its gradient would be twice the true one).");
            }
            if (layer.conf().getLayer().getIDropout() != null) {
                throw new InsideRejectedException("The saliency map cannot be computed through dropout (layer \""
                        + name + "\"): DL4J differentiates it only as it behaves in training.");
            }
        }
        for (GraphVertex vertex : net.getVertices()) {
            if (vertex.getClass() == SameDiffGraphVertex.class && !vertex.getVertexName().equals(stop)) {
                throw new InsideRejectedException("The saliency cannot be computed through \""
                        + vertex.getVertexName() + "\": the model was not prepared for it (its gradient would be "
                        + "twice the true one).");
            }
        }
    }

    private static void addTo(INDArray[] epsilons, int vertex, INDArray gradient) {
        if (gradient == null) {
            return;
        }
        epsilons[vertex] = epsilons[vertex] == null ? gradient.dup() : epsilons[vertex].add(gradient);
    }
}
