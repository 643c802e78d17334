package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.ActivationLayer;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's activation layer with a plain ReLU's backward pass in Java ({@link ReluBackprop}), lent to the layer's
 * configuration for the length of that pass only, as {@link FastConvolutionLayer} does: between steps the
 * configuration is exactly what the user built.
 *
 * <p>Why: a separate ReLU after batch normalisation is how residual networks are drawn, and libnd4j's ReLU backward
 * op took 6% of the bench's residual CNN step (docs/performance.md, "Batch normalisation in Java").
 */
final class FastActivationLayer extends ActivationLayer {

    private static final IActivation FAST_RELU = new ReluBackprop.Activation();

    FastActivationLayer(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        org.deeplearning4j.nn.conf.layers.ActivationLayer configuration = layerConf();
        IActivation configured = configuration.getActivationFn();
        if (!ReluBackprop.handles(configured)) {
            return super.backpropGradient(epsilon, workspaceMgr);
        }
        configuration.setActivationFn(FAST_RELU);
        try {
            return super.backpropGradient(epsilon, workspaceMgr);
        } finally {
            configuration.setActivationFn(configured);
        }
    }
}
