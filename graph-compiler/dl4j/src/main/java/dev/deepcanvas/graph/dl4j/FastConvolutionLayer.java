package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.convolution.ConvolutionLayer;
import org.deeplearning4j.nn.params.ConvolutionParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.deeplearning4j.util.ConvolutionUtils;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.factory.Nd4j;

/**
 * DL4J's 2D convolution layer with its activation's passes in Java where {@link JavaActivation} has them (a plain
 * ReLU's backward pass, a leaky ReLU's both). DL4J's passes read the activation from the layer's configuration
 * halfway through; for the length of a pass only, the configuration holds the Java activation, and the configured one
 * is put back before it returns. The configuration is the network's own, so between steps (when a model is saved) it
 * is exactly what the user built; each data-parallel replica has a copy of its own.
 *
 * <p>Frozen ({@link FrozenLayers}: a GAN's discriminator copy that the generator learns through), it computes only
 * what the layers below need. DL4J's frozen wrapper runs it in inference mode, so it kept nothing for backprop and
 * computed its forward pass again there, then ran oneDNN's full convolution backward and threw the weights' half
 * away. Here its forward pass keeps the pre-activation for backprop (in DL4J's cache, as in training; the same
 * numbers, since a layer without dropout or weight noise computes the same in both modes), and its backward pass is
 * the input gradient alone: the transposed convolution of the gradient with the same weights ({@code deconv2d},
 * through oneDNN), wherever that maps the output back onto the whole input (padding equal on both sides, no
 * dilation, channels first). Anything else goes to DL4J's own passes.
 */
final class FastConvolutionLayer extends ConvolutionLayer {

    /** Whether its parameters are frozen ({@link FrozenLayers}): back-propagated through, never trained. */
    private boolean frozen;
    /** Backward passes it computed through the frozen path (tests check that it did). */
    int frozenBackwardPasses;

    FastConvolutionLayer(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    /** From now on computes only the gradient for the layers below ({@link FrozenLayers}). */
    void freeze() {
        frozen = true;
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
        org.deeplearning4j.nn.conf.layers.ConvolutionLayer configuration = layerConf();
        // a frozen layer without dropout or weight noise computes the same in training mode, which keeps the
        // pre-activation for the backward pass
        boolean keep = training || frozen && configuration.getIDropout() == null
                && configuration.getWeightNoise() == null;
        return JavaActivation.duringPass(configuration.getActivationFn(), configuration::setActivationFn,
                () -> super.activate(keep, workspaceMgr));
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        org.deeplearning4j.nn.conf.layers.ConvolutionLayer configuration = layerConf();
        int[] padding = frozen ? symmetricPadding() : null;
        if (padding != null) {
            return JavaActivation.duringPass(configuration.getActivationFn(), configuration::setActivationFn,
                    () -> inputGradientOnly(epsilon, padding, workspaceMgr));
        }
        return JavaActivation.duringPass(configuration.getActivationFn(), configuration::setActivationFn,
                () -> super.backpropGradient(epsilon, workspaceMgr));
    }

    private Pair<Gradient, INDArray> inputGradientOnly(INDArray epsilon, int[] padding, LayerWorkspaceMgr mgr) {
        frozenBackwardPasses++;
        INDArray weights = getParam(ConvolutionParamInitializer.WEIGHT_KEY);
        // the kept pre-activation where the forward pass kept it, computed again otherwise (as DL4J does)
        INDArray z = preOutput(true, true, mgr).getFirst();
        INDArray delta = layerConf().getActivationFn().backprop(z, epsilon.castTo(weights.dataType())).getFirst();
        INDArray inputGradient = mgr.createUninitialized(ArrayType.ACTIVATION_GRAD, weights.dataType(),
                input.shape(), 'c');
        int[] kernel = layerConf().getKernelSize();
        int[] strides = layerConf().getStride();
        // DL4J's [out, in, kH, kW] weights as the transposed convolution's [kH, kW, its out = in, its in = out]
        Nd4j.exec(DynamicCustomOp.builder("deconv2d")
                .addInputs(delta, weights.permute(2, 3, 1, 0))
                .addIntegerArguments(kernel[0], kernel[1], strides[0], strides[1], padding[0], padding[1], 1, 1, 0, 0)
                .addOutputs(inputGradient)
                .build());
        // DL4J's backward pass forgets the kept pre-activation once used; so does the frozen path
        preOutput = null;
        return new Pair<>(new DefaultGradient(), inputGradient);
    }

    /**
     * The padding on each side where it is equal on both and the transposed convolution maps the output back onto
     * the whole input; null where the frozen path does not apply.
     */
    private int[] symmetricPadding() {
        org.deeplearning4j.nn.conf.layers.ConvolutionLayer conf = layerConf();
        INDArray weights = getParam(ConvolutionParamInitializer.WEIGHT_KEY);
        int[] dilation = conf.getDilation();
        if (conf.getCnn2dDataFormat() != CNN2DFormat.NCHW || dilation[0] != 1 || dilation[1] != 1 || input == null
                || input.rank() != 4 || input.dataType() != weights.dataType() || input.size(1) != weights.size(1)
                || conf.getIDropout() != null || conf.getWeightNoise() != null
                || !(convolutionMode == ConvolutionMode.Same || convolutionMode == ConvolutionMode.Truncate)) {
            return null;
        }
        int[] kernel = conf.getKernelSize();
        int[] strides = conf.getStride();
        boolean same = convolutionMode == ConvolutionMode.Same;
        int[] outSize = ConvolutionUtils.getOutputSize(input, kernel, strides, same ? null : conf.getPadding(),
                convolutionMode, dilation, CNN2DFormat.NCHW);
        int[] pad = new int[2];
        for (int d = 0; d < 2; d++) {
            // the transposed convolution maps the out-sized gradient back onto the whole input
            int side = EvenPadding.perSide(outSize[d], input.size(2 + d), kernel[d], strides[d]);
            if (side == EvenPadding.NONE || !same && side != conf.getPadding()[d]) {
                return null;
            }
            pad[d] = side;
        }
        return pad;
    }
}
