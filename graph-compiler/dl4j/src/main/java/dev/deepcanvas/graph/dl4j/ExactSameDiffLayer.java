package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.samediff.SameDiffLayer;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's runtime object for a SameDiff layer, with the true gradient: the bridge's backward step, divided by the
 * factor it is off by ({@link SameDiffBridge}). Forward passes are DL4J's own.
 */
class ExactSameDiffLayer extends SameDiffLayer {

    ExactSameDiffLayer(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        Pair<Gradient, INDArray> bridge = super.backpropGradient(epsilon, workspaceMgr);
        SameDiffBridge.undo(bridge.getFirst());
        SameDiffBridge.undo(bridge.getSecond());
        return bridge;
    }
}
