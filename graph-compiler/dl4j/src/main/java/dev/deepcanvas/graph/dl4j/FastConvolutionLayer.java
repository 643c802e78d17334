package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's 2D convolution layer with its activation's passes in Java where {@link JavaActivation} has them (a plain
 * ReLU's backward pass, a leaky ReLU's both). DL4J's passes read the activation from the layer's configuration
 * halfway through; for the length of a pass only, the configuration holds the Java activation, and the configured one
 * is put back before it returns. The configuration is the network's own, so between steps (when a model is saved) it
 * is exactly what the user built; each data-parallel replica has a copy of its own.
 */
final class FastConvolutionLayer extends ConvolutionLayer {

    FastConvolutionLayer(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
        org.deeplearning4j.nn.conf.layers.ConvolutionLayer configuration = layerConf();
        return JavaActivation.duringPass(configuration.getActivationFn(), configuration::setActivationFn,
                () -> super.activate(training, workspaceMgr));
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        org.deeplearning4j.nn.conf.layers.ConvolutionLayer configuration = layerConf();
        return JavaActivation.duringPass(configuration.getActivationFn(), configuration::setActivationFn,
                () -> super.backpropGradient(epsilon, workspaceMgr));
    }
}
