package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's 2D convolution layer with a plain ReLU's backward pass in Java ({@link ReluBackprop}). DL4J's backward pass
 * reads the activation from the layer's configuration halfway through; for the length of that pass only, the
 * configuration holds {@link ReluBackprop.Activation}, and the configured ReLU is put back before it returns. The
 * configuration is the network's own, so between steps (when a model is saved) it is exactly what the user built;
 * each data-parallel replica has a copy of its own.
 */
final class FastConvolutionLayer extends ConvolutionLayer {

    private static final IActivation FAST_RELU = new ReluBackprop.Activation();

    FastConvolutionLayer(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        org.deeplearning4j.nn.conf.layers.ConvolutionLayer configuration = layerConf();
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
