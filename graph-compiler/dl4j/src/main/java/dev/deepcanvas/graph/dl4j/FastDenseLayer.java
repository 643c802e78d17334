package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.feedforward.dense.DenseLayer;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * DL4J's dense layer with {@link DenseProducts}' matrix products and without the second forward product inside
 * backprop. Same configuration, parameters and gradient layout ({@link FastDense#install}); anything the fast path
 * does not handle (layer norm, dropout, weight noise) goes to DL4J's own code.
 */
final class FastDenseLayer extends DenseLayer {

    private final DenseProducts products = new DenseProducts();
    /** Passes it computed itself (tests check that it did). */
    int forwardPasses;
    int backwardPasses;
    /** Whether its parameters are frozen ({@link FrozenLayers}): back-propagated through, never trained. */
    private boolean frozen;

    FastDenseLayer(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    private boolean fast() {
        return DenseProducts.handles(hasLayerNorm(), layerConf(), input,
                getParam(DefaultParamInitializer.WEIGHT_KEY));
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
        if (!fast()) {
            products.release();
            return super.activate(training, workspaceMgr);
        }
        forwardPasses++;
        // DL4J's frozen wrapper asks for inference mode, yet back-propagates through the layer in the same step
        return products.activate(input, getParam(DefaultParamInitializer.WEIGHT_KEY),
                hasBias() ? getParam(DefaultParamInitializer.BIAS_KEY) : null, maskArray,
                layerConf().getActivationFn(), training, training || frozen, workspaceMgr);
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        INDArray z = fast() ? products.kept(input) : null;
        if (z == null) {
            return super.backpropGradient(epsilon, workspaceMgr);
        }
        products.release();
        backwardPasses++;
        // the kept copy is this step's own: the activation's backprop may work in it
        INDArray delta = JavaActivation.backprop(layerConf().getActivationFn(), z, epsilon).getFirst();
        if (maskArray != null) {
            applyMask(delta);
        }
        INDArray weights = getParam(DefaultParamInitializer.WEIGHT_KEY);
        if (frozen) {
            // only the gradient that flows on to the layers below: the wrapper discards the parameters' gradients
            return new Pair<>(new DefaultGradient(), products.inputGradient(input, delta, weights, workspaceMgr));
        }
        Gradient gradient = new DefaultGradient();
        if (hasBias()) {
            INDArray biasGradient = gradientViews.get(DefaultParamInitializer.BIAS_KEY);
            delta.sum(biasGradient, 0);
            gradient.gradientForVariable().put(DefaultParamInitializer.BIAS_KEY, biasGradient);
        }
        INDArray epsilonNext = products.inputGradient(input, delta, weights, workspaceMgr);
        INDArray weightGradient = gradientViews.get(DefaultParamInitializer.WEIGHT_KEY);
        DenseProducts.weightGradient(input, delta, weightGradient);
        gradient.gradientForVariable().put(DefaultParamInitializer.WEIGHT_KEY, weightGradient);
        return new Pair<>(gradient, epsilonNext);
    }

    /**
     * From now on gives zeros for the gradient with respect to its input ({@link InputGradientSkip}).
     *
     * @return whether it computed that gradient before
     */
    boolean skipInputGradient() {
        return products.skipInputGradient();
    }

    /** From now on computes only the gradient for the layers below ({@link FrozenLayers}). */
    void freeze() {
        frozen = true;
    }

    /** DL4J clears a layer at the end of every step and every inference call: nothing kept outlives it. */
    @Override
    public void clear() {
        super.clear();
        products.release();
    }
}
