package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.conf.CNN2DFormat;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.convolution.ConvolutionHelper;
import org.deeplearning4j.nn.params.ConvolutionParamInitializer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.convolution.Convolution;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Map;

/**
 * The backward pass of a 2D convolution that reads the network's input directly: nothing uses the gradient with
 * respect to the input pictures, so only the weight and bias gradients are computed. Everything else goes to the
 * oneDNN helper it wraps.
 *
 * <p>Why: libnd4j's convolution backward op always computes the input gradient too, and for LeNet's first layer
 * (one input channel) that op took 14.5 ms per batch of 64; the weight gradient alone, as im2col and one batched
 * matrix product, takes under 6 ms (docs/performance.md). The input gradient it returns is zeros.
 */
final class InputConvolutionHelper implements ConvolutionHelper {

    private final ConvolutionHelper oneDnn;
    private final Patches javaPatches = new Patches();
    /** How often it computed a backward pass itself (tests check it did). */
    int backwardPasses;

    InputConvolutionHelper(ConvolutionHelper oneDnn) {
        this.oneDnn = oneDnn;
    }

    @Override
    public boolean checkSupported() {
        return oneDnn.checkSupported();
    }

    @Override
    public Map<String, Long> helperMemoryUse() {
        return oneDnn.helperMemoryUse();
    }

    @Override
    public INDArray preOutput(INDArray input, INDArray weights, INDArray bias, int[] kernel, int[] strides,
                              int[] pad, ConvolutionLayer.AlgoMode mode, ConvolutionLayer.FwdAlgo fwdAlgo,
                              ConvolutionMode convolutionMode, int[] dilation, CNN2DFormat format,
                              LayerWorkspaceMgr workspaceMgr) {
        return oneDnn.preOutput(input, weights, bias, kernel, strides, pad, mode, fwdAlgo, convolutionMode, dilation,
                format, workspaceMgr);
    }

    @Override
    public INDArray activate(INDArray z, IActivation afn, boolean training) {
        return oneDnn.activate(z, afn, training);
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray input, INDArray weights, INDArray bias,
                                                     INDArray delta, int[] kernel, int[] strides, int[] pad,
                                                     INDArray biasGradView, INDArray weightGradView,
                                                     IActivation afn, ConvolutionLayer.AlgoMode mode,
                                                     ConvolutionLayer.BwdFilterAlgo bwdFilterAlgo,
                                                     ConvolutionLayer.BwdDataAlgo bwdDataAlgo,
                                                     ConvolutionMode convolutionMode, int[] dilation,
                                                     CNN2DFormat format, LayerWorkspaceMgr workspaceMgr) {
        // Same mode pads asymmetrically and dilation spreads the kernel; im2col below handles neither simply
        if (format != CNN2DFormat.NCHW || convolutionMode == ConvolutionMode.Same || dilation[0] != 1
                || dilation[1] != 1 || input.dataType() != weights.dataType()) {
            return oneDnn.backpropGradient(input, weights, bias, delta, kernel, strides, pad, biasGradView,
                    weightGradView, afn, mode, bwdFilterAlgo, bwdDataAlgo, convolutionMode, dilation, format,
                    workspaceMgr);
        }
        backwardPasses++;
        DataType type = weights.dataType();
        long batch = input.size(0);
        long channels = input.size(1);
        long filters = delta.size(1);
        long positions = delta.size(2) * delta.size(3);
        long patch = channels * kernel[0] * kernel[1];

        // Each output position's input patch, [batch, channels·kH·kW, positions]
        INDArray patches = workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM, type,
                new long[] {batch, channels, kernel[0], kernel[1], delta.size(2), delta.size(3)}, 'c');
        if (!javaPatches.fill(input, kernel[0], kernel[1], strides[0], strides[1], pad[0], pad[1], patches)) {
            Convolution.im2col(input, kernel[0], kernel[1], strides[0], strides[1], pad[0], pad[1], 1, 1, false,
                    patches);
        }
        // dL/dW = Σ over pictures and positions of delta ⊗ patch: one product per picture, then the sum
        INDArray deltas = delta.reshape('c', batch, filters, positions);
        INDArray perPicture = workspaceMgr.createUninitialized(ArrayType.BP_WORKING_MEM, type,
                new long[] {batch, filters, patch}, 'c');
        Nd4j.matmul(deltas, patches.reshape('c', batch, patch, positions), perPicture, false, true, false);
        weightGradView.assign(perPicture.sum(0).reshape(weightGradView.shape()));

        Gradient gradient = new DefaultGradient();
        if (biasGradView != null) {
            biasGradView.assign(deltas.reshape('c', batch * filters, positions).sum(1).reshape(batch, filters)
                    .sum(0).reshape(biasGradView.shape()));
            gradient.setGradientFor(ConvolutionParamInitializer.BIAS_KEY, biasGradView);
        }
        gradient.setGradientFor(ConvolutionParamInitializer.WEIGHT_KEY, weightGradView, 'c');
        INDArray unused = workspaceMgr.create(ArrayType.ACTIVATION_GRAD, input.dataType(), input.shape(), 'c');
        return new Pair<>(gradient, unused);
    }
}
