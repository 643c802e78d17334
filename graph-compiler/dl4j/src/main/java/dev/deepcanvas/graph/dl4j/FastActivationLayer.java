package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.ActivationLayer;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's activation layer with the activation's passes in Java where {@link JavaActivation} has them, lent to the
 * layer's configuration for the length of a pass only, as {@link FastConvolutionLayer} does: between steps the
 * configuration is exactly what the user built.
 *
 * <p>Why: a separate ReLU after batch normalisation is how residual networks are drawn, and libnd4j's ReLU backward
 * op took 6% of the bench's residual CNN step (docs/performance.md, "Batch normalisation in Java").
 */
final class FastActivationLayer extends ActivationLayer {

    FastActivationLayer(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
        org.deeplearning4j.nn.conf.layers.ActivationLayer configuration = layerConf();
        return JavaActivation.duringPass(configuration.getActivationFn(), configuration::setActivationFn,
                () -> super.activate(training, workspaceMgr));
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        org.deeplearning4j.nn.conf.layers.ActivationLayer configuration = layerConf();
        return JavaActivation.duringPass(configuration.getActivationFn(), configuration::setActivationFn,
                () -> super.backpropGradient(epsilon, workspaceMgr));
    }
}
