package dev.deepcanvas.backend.inside;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.deeplearning4j.nn.graph.vertex.VertexIndices;
import org.deeplearning4j.nn.graph.vertex.impl.LayerVertex;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What a vertex of a network received in a forward pass, read back from the pass's activations. */
final class VertexInputs {

    private VertexInputs() {
    }

    /**
     * The vertex's inputs in order, each as its layer receives it: a layer vertex's input is first reshaped by its
     * preprocessor (the compiler adds them between feature maps, vectors and sequences).
     *
     * @param values every vertex's output ({@link LayerOutputs}), the network inputs included
     */
    static List<INDArray> of(ComputationGraph net, GraphVertex vertex, Map<String, INDArray> values) {
        List<INDArray> inputs = new ArrayList<>();
        VertexIndices[] from = vertex.getInputVertices();
        for (VertexIndices source : from == null ? new VertexIndices[0] : from) {
            INDArray input = values.get(net.getVertices()[source.getVertexIndex()].getVertexName());
            if (vertex instanceof LayerVertex layerVertex && layerVertex.getLayerPreProcessor() != null) {
                input = layerVertex.getLayerPreProcessor().preProcess(input, 1, LayerWorkspaceMgr.noWorkspaces());
            }
            inputs.add(input);
        }
        return inputs;
    }
}
