package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.OutputLayer;
import org.deeplearning4j.nn.params.DefaultParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * DL4J's output layer with {@link DenseProducts}' matrix products; its forward product is computed once per training
 * step instead of twice (DL4J's training step skips the output layer's forward pass, then computes it inside backprop
 * and again for the score, which comes after backprop). Same configuration, parameters and gradient layout
 * ({@link FastDense#install}); anything the fast path does not handle goes to DL4J's own code.
 */
final class FastOutputLayer extends OutputLayer {

    private final DenseProducts products = new DenseProducts();
    /** Passes it computed itself (tests check that it did). */
    int forwardPasses;
    int backwardPasses;
    /** Whether its parameters are frozen ({@link FrozenLayers}): back-propagated through, never trained. */
    private boolean frozen;
    /**
     * The pre-activation of the last training step's forward pass (the products' kept copy), while nothing has run
     * since; null where the step went to DL4J's own code or had a mask.
     */
    private INDArray trained;

    FastOutputLayer(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    private boolean fast() {
        return DenseProducts.handles(hasLayerNorm(), layerConf(), input,
                getParam(DefaultParamInitializer.WEIGHT_KEY));
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
        trained = null;
        if (!fast()) {
            products.release();
            return super.activate(training, workspaceMgr);
        }
        forwardPasses++;
        return products.activate(input, getParam(DefaultParamInitializer.WEIGHT_KEY),
                hasBias() ? getParam(DefaultParamInitializer.BIAS_KEY) : null, maskArray,
                layerConf().getActivationFn(), training, training || frozen, workspaceMgr);
    }

    /** The score's pre-activation: this step's kept one where there is one (a copy: losses may work in place). */
    @Override
    protected INDArray preOutput(boolean training, LayerWorkspaceMgr workspaceMgr) {
        return fast() ? preActivation(training, workspaceMgr) : super.preOutput(training, workspaceMgr);
    }

    private INDArray preActivation(boolean training, LayerWorkspaceMgr workspaceMgr) {
        INDArray kept = products.kept(input);
        if (kept != null) {
            return kept.dup();
        }
        forwardPasses++;
        return products.forward(input, getParam(DefaultParamInitializer.WEIGHT_KEY),
                hasBias() ? getParam(DefaultParamInitializer.BIAS_KEY) : null, maskArray, training, workspaceMgr);
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        trained = null;
        if (!fast()) {
            return super.backpropGradient(epsilon, workspaceMgr);
        }
        backwardPasses++;
        // kept for the score, which DL4J computes after backprop
        INDArray z = preActivation(true, workspaceMgr);
        trained = maskArray == null ? products.kept(input) : null;
        INDArray delta = layerConf().getLossFn().computeGradient(getLabels2d(workspaceMgr, ArrayType.BP_WORKING_MEM),
                z, layerConf().getActivationFn(), maskArray);
        Gradient gradient = new DefaultGradient();
        if (frozen) {
            // only the gradient that flows on to the layers below: the wrapper discards the parameters' gradients
            return new Pair<>(gradient, products.inputGradient(input, delta,
                    getParam(DefaultParamInitializer.WEIGHT_KEY), workspaceMgr));
        }
        INDArray weightGradient = gradientViews.get(DefaultParamInitializer.WEIGHT_KEY);
        DenseProducts.weightGradient(input, delta, weightGradient);
        gradient.gradientForVariable().put(DefaultParamInitializer.WEIGHT_KEY, weightGradient);
        if (hasBias()) {
            INDArray biasGradient = gradientViews.get(DefaultParamInitializer.BIAS_KEY);
            delta.sum(biasGradient, 0);
            gradient.gradientForVariable().put(DefaultParamInitializer.BIAS_KEY, biasGradient);
        }
        INDArray epsilonNext = products.inputGradient(input, delta,
                getParam(DefaultParamInitializer.WEIGHT_KEY), workspaceMgr);
        return new Pair<>(gradient, epsilonNext);
    }

    /**
     * What the layer output for the batch of the last training step, as that step's forward pass computed it (before
     * the update), in a fresh array outside any workspace; null where it did not compute it itself (DL4J's own code
     * ran, or a mask applied) or where the layer has run since.
     */
    INDArray lastTrainingOutput() {
        if (trained == null) {
            return null;
        }
        try (MemoryWorkspace ignored = Nd4j.getMemoryManager().scopeOutOfWorkspaces()) {
            return JavaActivation.activate(layerConf().getActivationFn(), trained.dup('c'), false);
        }
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
