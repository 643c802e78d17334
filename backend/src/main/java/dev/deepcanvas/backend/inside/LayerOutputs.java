package dev.deepcanvas.backend.inside;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.deeplearning4j.nn.graph.vertex.VertexIndices;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What every vertex of a network outputs for some inputs in inference mode, each vertex run by DL4J itself on
 * copies of its inputs.
 * <p>
 * Not {@code feedForward}'s map: that keeps each output as the next vertex received it, and DL4J's activation layer
 * applies its function in place when it is not training. A BatchNorm (or Dense, Reshape…) followed by an Activation
 * node would then be reported with the activation already applied: a batch norm without a single negative value.
 */
final class LayerOutputs {

    private LayerOutputs() {
    }

    /** @param inputs the network's inputs in its own order */
    static Map<String, INDArray> of(ComputationGraph net, INDArray[] inputs) {
        LayerWorkspaceMgr none = LayerWorkspaceMgr.noWorkspaces();
        List<String> inputNames = net.getConfiguration().getNetworkInputs();
        GraphVertex[] vertices = net.getVertices();
        Map<String, INDArray> outputs = new HashMap<>();
        // A layer's input preprocessor (a convolution's maps flattened for a dense layer) asks the network for the
        // batch size, which it reads from the network's own inputs.
        net.setInputs(inputs);
        try {
            for (int position : net.topologicalSortOrder()) {
                GraphVertex vertex = vertices[position];
                INDArray output;
                if (vertex.isInputVertex()) {
                    output = inputs[inputNames.indexOf(vertex.getVertexName())];
                } else {
                    VertexIndices[] from = vertex.getInputVertices();
                    for (int i = 0; i < from.length; i++) {
                        String source = vertices[from[i].getVertexIndex()].getVertexName();
                        vertex.setInput(i, outputs.get(source).dup(), none);
                    }
                    output = vertex.doForward(false, none);
                }
                outputs.put(vertex.getVertexName(), output.dup());
            }
        } finally {
            for (GraphVertex vertex : vertices) {
                vertex.clear();
            }
            net.clear();
        }
        return outputs;
    }
}
