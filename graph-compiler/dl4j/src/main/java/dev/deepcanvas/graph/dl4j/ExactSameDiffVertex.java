package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.conf.layers.samediff.SameDiffVertex;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.layers.samediff.SameDiffGraphVertex;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's runtime object for a SameDiff vertex (the attention vertex), with the true gradient: the bridge's backward
 * step divided by the factor it is off by ({@link SameDiffBridge}), for its parameters and each of its inputs.
 */
final class ExactSameDiffVertex extends SameDiffGraphVertex {

    ExactSameDiffVertex(SameDiffVertex config, ComputationGraph graph, String name, int index, INDArray params,
                        DataType dataType) {
        // false: the parameters are the existing vertex's, already initialised
        super(config, graph, name, index, params, false, dataType);
    }

    @Override
    public Pair<Gradient, INDArray[]> doBackward(boolean tbptt, LayerWorkspaceMgr workspaceMgr) {
        Pair<Gradient, INDArray[]> bridge = super.doBackward(tbptt, workspaceMgr);
        SameDiffBridge.undo(bridge.getFirst());
        for (INDArray towardsInput : bridge.getSecond()) {
            SameDiffBridge.undo(towardsInput);
        }
        return bridge;
    }
}
