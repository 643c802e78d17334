package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.Deconvolution2D;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.convolution.Deconvolution2DLayer;
import org.deeplearning4j.nn.params.DeconvolutionParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.deeplearning4j.util.ConvolutionUtils;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationIdentity;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.impl.broadcast.BiasAdd;
import org.nd4j.linalg.factory.Nd4j;

/**
 * DL4J's transposed convolution computed by oneDNN.
 *
 * <p>DL4J runs its layer through libnd4j's {@code deconv2d} and {@code deconv2d_bp} ops, whose oneDNN versions take
 * explicit padding only: in Same mode (what the DCGAN and autoencoder templates use) libnd4j falls back to its own
 * loops, and a DCGAN generator's 32→32-channel 8×8→16×16 layer took about 85 ms forward for a batch of 64
 * (docs/performance.md); DL4J's backprop also reruns the forward pass. This layer gives those ops Same mode's padding
 * explicitly wherever it is the same on both sides (an even total, as for a kernel of 4 and a stride of 2), so that
 * oneDNN runs the forward pass, and one backward call gives both gradients.
 *
 * <p>Where Same mode pads one side more, it goes through the ordinary convolution ops instead: a transposed
 * convolution is the backward pass of the convolution that maps its output back to its input (same kernel, stride and
 * padding, the weights read the other way round), so its forward pass is that convolution's input gradient
 * ({@code conv2d_bp}), its input gradient that convolution's forward pass ({@code conv2d}), and its weight gradient
 * that convolution's weight gradient ({@code conv2d_bp} again). {@code conv2d_bp} always computes both gradients and
 * one is thrown away, so that route is the slower one: {@code bench/transposed-convolution.sh} times both for every
 * transposed convolution of the gallery (docs/performance.md, "Transposed convolutions through deconv2d after all").
 *
 * <p>The configuration, parameter layout and saved files stay DL4J's {@link Deconvolution2D}; only the object that
 * computes them is this subclass ({@link TransposedConvolution#install}). Anything it does not handle (channels-last
 * data, dilation, mixed data types) goes to DL4J's own code.
 */
final class TransposedConvolutionLayer extends Deconvolution2DLayer {

    /** Passes it computed itself (tests check that it did). */
    int forwardPasses;
    int backwardPasses;
    /**
     * The pre-activation of the last training forward pass, kept in DL4J's cache workspace for the backward pass
     * that follows it, as DL4J's convolution layer keeps its own; taken (and cleared) by that backward pass, and
     * cleared by any other forward pass, so that it never outlives the input it was computed from.
     */
    private INDArray cachedPreOutput;

    TransposedConvolutionLayer(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    private boolean handles(INDArray weights) {
        Deconvolution2D conf = (Deconvolution2D) layerConf();
        int[] dilation = conf.getDilation();
        return conf.getCnn2dDataFormat() == CNN2DFormat.NCHW && dilation[0] == 1 && dilation[1] == 1
                && input != null && input.rank() == 4 && input.dataType() == weights.dataType()
                && input.size(1) == weights.size(0)
                && (convolutionMode == ConvolutionMode.Same || convolutionMode == ConvolutionMode.Truncate);
    }

    @Override
    protected Pair<INDArray, INDArray> preOutput(boolean training, boolean forBackprop,
                                                 LayerWorkspaceMgr workspaceMgr) {
        if (forBackprop && cachedPreOutput != null) {
            INDArray cached = cachedPreOutput;
            cachedPreOutput = null;
            return new Pair<>(cached, null);
        }
        cachedPreOutput = null;
        INDArray weights = getParamWithNoise(DeconvolutionParamInitializer.WEIGHT_KEY, training, workspaceMgr);
        if (!handles(weights)) {
            return super.preOutput(training, forBackprop, workspaceMgr);
        }
        forwardPasses++;
        Window window = window(weights);
        INDArray output = workspaceMgr.create(ArrayType.ACTIVATIONS, input.dataType(), window.outputShape(), 'c');
        if (window.explicitPadding() != null) {
            Nd4j.exec(DynamicCustomOp.builder("deconv2d")
                    .addInputs(input, convolutionWeights(weights))
                    .addIntegerArguments(window.explicitPadding())
                    .addOutputs(output)
                    .build());
        } else {
            // conv2d_bp needs the convolution's input to form the weight gradient, which is thrown away here: zeros
            INDArray ignoredInput = workspaceMgr.create(ArrayType.FF_WORKING_MEM, input.dataType(),
                    window.outputShape(), 'c');
            INDArray ignoredWeightGradient = workspaceMgr.createUninitialized(ArrayType.FF_WORKING_MEM,
                    weights.dataType(), convolutionWeightShape(weights), 'c');
            Nd4j.exec(DynamicCustomOp.builder("conv2d_bp")
                    .addInputs(ignoredInput, convolutionWeights(weights), input)
                    .addIntegerArguments(window.arguments())
                    .addOutputs(output, ignoredWeightGradient)
                    .build());
        }
        if (layerConf().hasBias()) {
            INDArray bias = getParamWithNoise(DeconvolutionParamInitializer.BIAS_KEY, training, workspaceMgr);
            // libnd4j's bias op adds along each channel's contiguous plane; a broadcast along dimension 1 walked the
            // output channel-strided and took a quarter of the layer's forward pass (DCGAN generator, one core)
            Nd4j.exec(new BiasAdd(output, bias.reshape(bias.length()), output, true));
        }
        if (training && !forBackprop && !isIdentity(layerConf().getActivationFn()) && cacheMode != null
                && cacheMode != CacheMode.NONE && workspaceMgr.hasConfiguration(ArrayType.FF_CACHE)
                && workspaceMgr.isWorkspaceOpen(ArrayType.FF_CACHE)) {
            // a copy: the activation is applied to the returned array in place
            try (MemoryWorkspace ignored = workspaceMgr.notifyScopeBorrowed(ArrayType.FF_CACHE)) {
                cachedPreOutput = output.dup('c');
            }
        }
        return new Pair<>(output, null);
    }

    /** The identity's backward pass is its gradient unchanged: no pre-activation needed. */
    private static boolean isIdentity(IActivation activation) {
        return activation.getClass() == ActivationIdentity.class;
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        INDArray weights = getParamWithNoise(DeconvolutionParamInitializer.WEIGHT_KEY, true, workspaceMgr);
        if (!handles(weights)) {
            return super.backpropGradient(epsilon, workspaceMgr);
        }
        backwardPasses++;
        Window window = window(weights);
        IActivation activation = layerConf().getActivationFn();
        INDArray delta = isIdentity(activation) ? epsilon
                : JavaActivation.backprop(activation, preOutput(true, true, workspaceMgr).getFirst(), epsilon)
                        .getFirst();
        INDArray filters = convolutionWeights(weights);

        INDArray inputGradient = workspaceMgr.create(ArrayType.ACTIVATION_GRAD, weights.dataType(), input.shape(),
                'c');
        INDArray weightGradView = gradientViews.get(DeconvolutionParamInitializer.WEIGHT_KEY);
        INDArray weightGradient = workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM, weights.dataType(),
                convolutionWeightShape(weights), 'c');
        if (window.explicitPadding() != null) {
            // both gradients in one call; the weight gradient in the same [kH, kW, out, in] layout as conv2d_bp's
            Nd4j.exec(DynamicCustomOp.builder("deconv2d_bp")
                    .addInputs(input, filters, delta)
                    .addIntegerArguments(window.explicitPadding())
                    .addOutputs(inputGradient, weightGradient)
                    .build());
        } else {
            Nd4j.exec(DynamicCustomOp.builder("conv2d")
                    .addInputs(delta, filters)
                    .addIntegerArguments(window.arguments())
                    .addOutputs(inputGradient)
                    .build());
            INDArray ignoredDeltaGradient = workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM,
                    weights.dataType(), delta.shape(), 'c');
            Nd4j.exec(DynamicCustomOp.builder("conv2d_bp")
                    .addInputs(delta, filters, input)
                    .addIntegerArguments(window.arguments())
                    .addOutputs(ignoredDeltaGradient, weightGradient)
                    .build());
        }
        // the convolution's [kH, kW, outputChannels, inputChannels] back to DL4J's [in, out, kH, kW]
        weightGradView.assign(weightGradient.permute(3, 2, 0, 1));

        Gradient gradient = new DefaultGradient();
        if (layerConf().hasBias()) {
            INDArray biasGradView = gradientViews.get(DeconvolutionParamInitializer.BIAS_KEY);
            biasGradView.assign(delta.sum(0, 2, 3).reshape(biasGradView.shape()));
            gradient.setGradientFor(DeconvolutionParamInitializer.BIAS_KEY, biasGradView);
        }
        gradient.setGradientFor(DeconvolutionParamInitializer.WEIGHT_KEY, weightGradView, 'c');
        weightNoiseParams.clear();
        return new Pair<>(gradient, inputGradient);
    }

    /**
     * DL4J keeps transposed-convolution weights as [in, out, kH, kW]; the convolution running the other way reads
     * from the transposed convolution's output channels, so its weights are [kH, kW, out, in] (libnd4j's layout 0).
     */
    private static INDArray convolutionWeights(INDArray weights) {
        return weights.permute(2, 3, 1, 0);
    }

    private static long[] convolutionWeightShape(INDArray weights) {
        return new long[] {weights.size(2), weights.size(3), weights.size(1), weights.size(0)};
    }

    private Window window(INDArray weights) {
        Deconvolution2D conf = (Deconvolution2D) layerConf();
        int[] kernel = conf.getKernelSize();
        int[] strides = conf.getStride();
        boolean same = convolutionMode == ConvolutionMode.Same;
        int[] outSize = ConvolutionUtils.getDeconvolutionOutputSize(input, kernel, strides,
                same ? null : conf.getPadding(), convolutionMode, conf.getDilation(), CNN2DFormat.NCHW);
        // In Same mode libnd4j works out the padding of the convolution from output → input itself, which is the
        // padding DL4J gives its own transposed convolution (ConvolutionUtils.getSameModeTopLeftPadding).
        int[] pad = same ? new int[] {0, 0} : conf.getPadding();
        int[] arguments = {kernel[0], kernel[1], strides[0], strides[1], pad[0], pad[1], 1, 1, same ? 1 : 0, 0, 0};
        int[] explicitPad = same ? evenSamePadding(kernel, strides, input, outSize) : conf.getPadding();
        int[] explicit = explicitPad == null ? null : new int[] {kernel[0], kernel[1], strides[0], strides[1],
                explicitPad[0], explicitPad[1], 1, 1, 0, 0};
        return new Window(new long[] {input.size(0), weights.size(1), outSize[0], outSize[1]}, arguments, explicit);
    }

    /**
     * Same mode's padding per side, where it is the same on both sides; null where one side gets one more. The
     * padding is that of the convolution running the other way, from this layer's output back to its input: the
     * total it needs to map {@code out} positions onto {@code in} with this kernel and stride, which libnd4j splits
     * with the smaller half first.
     */
    static int[] evenSamePadding(int[] kernel, int[] strides, INDArray input, int[] outSize) {
        int[] pad = new int[2];
        for (int d = 0; d < 2; d++) {
            pad[d] = EvenPadding.perSide(input.size(2 + d), outSize[d], kernel[d], strides[d]);
            if (pad[d] == EvenPadding.NONE) {
                return null;
            }
        }
        return pad;
    }

    /**
     * The output shape; the conv2d ops' integer arguments (kernel, stride, padding, dilation, modes); and the deconv2d
     * ops' (the same with the padding explicit), or null where Same mode pads one side more than the other.
     */
    private record Window(long[] outputShape, int[] arguments, int[] explicitPadding) {
    }
}
