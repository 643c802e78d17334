package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.convolution.subsampling.SubsamplingHelper;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.deeplearning4j.util.ConvolutionUtils;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Map;

/**
 * A max-pooling layer's forward and backward pass in Java ({@link MaxPoolingWindows}) for float activations laid out
 * channels first, in windows that do not overlap (LeNet's 2 × 2 with stride 2, the usual case), without dilation and
 * outside Same mode; everything else goes to the oneDNN helper it wraps.
 *
 * <p>Why: for channels-first activations, oneDNN runs max pooling through an AVX-512 kernel with a transposition
 * before and after, and on a processor with AVX2 only through its plain reference kernel, which calls a
 * {@code std::function} per output. DL4J's helper also runs the forward pass again inside the backward pass, for the
 * positions of the maxima. With oneDNN limited to AVX2, pooling took 41% of LeNet's training step, more than its
 * convolutions (docs/performance.md, "Max pooling in Java"); {@link FastPooling} installs this helper only where
 * oneDNN runs its reference kernel ({@link OneDnnPoolingKernel}). DL4J's layer asks its helper only for the backward
 * pass; {@link FastSubsamplingLayer} asks it for the forward pass too. The results are oneDNN's to the bit, gradients
 * included (the maximum's first position takes a tie, and no input element gets more than one window's gradient,
 * so no sum's order can differ).
 */
final class JavaMaxPoolingHelper implements SubsamplingHelper {

    /** The input and the output (forward), or the input, the output's gradient and the input's (backward). */
    private static final ThreadLocal<ScratchArrays> SCRATCH = ThreadLocal.withInitial(() -> new ScratchArrays(3));
    /** Fewer input elements than this per part cost more to hand to another thread than they save. */
    private static final int MIN_PART_ELEMENTS = 1 << 15;

    private final SubsamplingHelper oneDnn;
    /** Passes it computed itself (tests check that it did). */
    int forwardPasses;
    int backwardPasses;

    JavaMaxPoolingHelper(SubsamplingHelper oneDnn) {
        this.oneDnn = oneDnn;
    }

    @Override
    public INDArray activate(INDArray input, boolean training, int[] kernel, int[] strides, int[] pad,
                             PoolingType poolingType, ConvolutionMode convolutionMode, int[] dilation,
                             CNN2DFormat format, LayerWorkspaceMgr workspaceMgr) {
        if (!takes(input, kernel, strides, poolingType, convolutionMode, dilation, format)) {
            return oneDnn.activate(input, training, kernel, strides, pad, poolingType, convolutionMode, dilation,
                    format, workspaceMgr);
        }
        MaxPoolingWindows windows = windows(input, kernel, strides, pad, convolutionMode, dilation);
        int planes = (int) (input.size(0) * input.size(1));
        ScratchArrays scratch = SCRATCH.get();
        float[] in = scratch.copyOf(0, input);
        float[] out = scratch.get(1, planes * windows.outPlane());
        SplitLoop.forEach(planes, minPlanesPerPart(windows), (from, to) -> windows.forward(in, out, from, to));
        INDArray output = workspaceMgr.createUninitialized(ArrayType.ACTIVATIONS, DataType.FLOAT,
                new long[] {input.size(0), input.size(1), windows.outHeight(), windows.outWidth()}, 'c');
        NativeFloats.of(output).put(0, out, 0, planes * windows.outPlane());
        forwardPasses++;
        return output;
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray input, INDArray epsilon, int[] kernel, int[] strides,
                                                     int[] pad, PoolingType poolingType,
                                                     ConvolutionMode convolutionMode, int[] dilation,
                                                     CNN2DFormat format, LayerWorkspaceMgr workspaceMgr) {
        if (!takes(input, kernel, strides, poolingType, convolutionMode, dilation, format)
                || epsilon.dataType() != DataType.FLOAT) {
            return oneDnn.backpropGradient(input, epsilon, kernel, strides, pad, poolingType, convolutionMode,
                    dilation, format, workspaceMgr);
        }
        MaxPoolingWindows windows = windows(input, kernel, strides, pad, convolutionMode, dilation);
        int planes = (int) (input.size(0) * input.size(1));
        if (epsilon.length() != (long) planes * windows.outPlane()) {
            throw new IllegalStateException("Max pooling's backward pass got a gradient of "
                    + java.util.Arrays.toString(epsilon.shape()) + " for outputs of " + windows.outHeight() + "×"
                    + windows.outWidth() + " per plane");
        }
        ScratchArrays scratch = SCRATCH.get();
        float[] in = scratch.copyOf(0, input);
        float[] outGradient = scratch.copyOf(1, contiguous(epsilon));
        float[] gradient = scratch.get(2, planes * windows.inPlane());
        SplitLoop.forEach(planes, minPlanesPerPart(windows),
                (from, to) -> windows.backward(in, outGradient, gradient, from, to));
        INDArray epsAtInput = workspaceMgr.createUninitialized(ArrayType.ACTIVATION_GRAD, DataType.FLOAT,
                input.shape(), 'c');
        NativeFloats.of(epsAtInput).put(0, gradient, 0, planes * windows.inPlane());
        backwardPasses++;
        return new Pair<>(new DefaultGradient(), epsAtInput);
    }

    /**
     * Float max pooling of contiguous channels-first activations in windows that do not overlap, without dilation,
     * outside Same mode. Where windows overlap, an input element's gradient is a sum whose order oneDNN decides.
     */
    static boolean takes(INDArray input, int[] kernel, int[] strides, PoolingType poolingType,
                                 ConvolutionMode convolutionMode, int[] dilation, CNN2DFormat format) {
        return poolingType == PoolingType.MAX && format == CNN2DFormat.NCHW && input.rank() == 4
                && convolutionMode != ConvolutionMode.Same && dilation[0] == 1 && dilation[1] == 1
                && strides[0] >= kernel[0] && strides[1] >= kernel[1] && NativeFloats.contiguous(input);
    }

    /** The windows DL4J's own output size gives (it also validates the sizes, as the oneDNN helper has it do). */
    private static MaxPoolingWindows windows(INDArray input, int[] kernel, int[] strides, int[] pad,
                                             ConvolutionMode convolutionMode, int[] dilation) {
        int[] out = ConvolutionUtils.getOutputSize(input, kernel, strides, pad, convolutionMode, dilation,
                CNN2DFormat.NCHW);
        return new MaxPoolingWindows((int) input.size(2), (int) input.size(3), out[0], out[1], kernel.clone(),
                strides.clone(), pad.clone());
    }

    private static int minPlanesPerPart(MaxPoolingWindows windows) {
        return Math.max(1, MIN_PART_ELEMENTS / Math.max(1, windows.inPlane()));
    }

    private static INDArray contiguous(INDArray a) {
        return NativeFloats.contiguous(a) ? a : a.dup('c');
    }

    @Override
    public Map<String, Long> helperMemoryUse() {
        return oneDnn.helperMemoryUse();
    }

    @Override
    public boolean checkSupported() {
        return oneDnn.checkSupported();
    }
}
