package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.memory.MemoryWorkspace;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The three matrix products of a dense layer (forward, input gradient, weight gradient), each written into a
 * row-major ('c') result and sent where its shape runs fastest ({@link MatrixProducts}), and the forward result of a
 * training pass kept for its backward pass.
 *
 * <p>Why: libnd4j's matrix product runs through oneDNN only when its result is row-major; into a column-major ('f')
 * result it takes a generic path. On the bench machine (docs/performance.md, "Dense layers") a 128 × 784 × 512
 * product ran at about 90 GFLOP per CPU-second into 'c' and 16–28 into 'f'. DL4J's dense and output layers write
 * every product into 'f' arrays (their activations, the input gradient, and the weight gradient, a view of DL4J's
 * column-major gradient array), and compute the forward product again inside backprop (and the output layer a third
 * time for its score). Here the weight gradient goes into the same memory seen as the row-major transpose, so no copy
 * is needed: W_grad (nIn × nOut, 'f') is W_gradᵀ (nOut × nIn, 'c'), and W_gradᵀ = deltaᵀ · input.
 *
 * <p>A layer holds one instance: {@link #forward} keeps a training pass's pre-activation (a copy: the activation
 * function works in place), and {@link #kept} gives it back to the score and backprop calls of the same step, recognised
 * by the same input array. Every forward call replaces it and DL4J's {@code clear()} at the end of every step drops it
 * ({@link #release}), so nothing of an earlier step is ever reused. The copy lives in a buffer of the layer's own,
 * outside DL4J's workspaces: DL4J computes an output layer's forward product inside backprop in a workspace that is
 * closed before the score, which needs it again.
 */
final class DenseProducts {

    /** Whether the layer reads a network input, whose gradient training never uses ({@link InputGradientSkip}). */
    private boolean skipsInputGradient;
    private INDArray keptInput;
    private INDArray keptPreActivation;
    private INDArray buffer;

    /** Whether the fast path computes what DL4J's layer would: no layer norm, dropout or weight noise. */
    static boolean handles(boolean layerNorm, BaseLayer conf, INDArray input, INDArray weights) {
        return !layerNorm && conf.getIDropout() == null && conf.getWeightNoise() == null
                && input != null && input.rank() == 2 && input.dataType() == weights.dataType()
                && input.size(1) == weights.size(0);
    }

    /**
     * The layer's output, as DL4J's dense and output layers compute it in {@code activate}: the {@link #forward}
     * product through the activation, then masked rows zeroed again as DL4J's {@code applyMask} does (an activation
     * may map 0 elsewhere).
     */
    INDArray activate(INDArray input, INDArray weights, INDArray bias, INDArray mask, IActivation activation,
                      boolean training, LayerWorkspaceMgr mgr) {
        return activate(input, weights, bias, mask, activation, training, training, mgr);
    }

    /**
     * As {@link #activate(INDArray, INDArray, INDArray, INDArray, IActivation, boolean, LayerWorkspaceMgr)}, keeping
     * the pre-activation whenever {@code keep} says so: a frozen layer runs in inference mode and is still
     * back-propagated through.
     */
    INDArray activate(INDArray input, INDArray weights, INDArray bias, INDArray mask, IActivation activation,
                      boolean training, boolean keep, LayerWorkspaceMgr mgr) {
        INDArray out = JavaActivation.activate(activation, forward(input, weights, bias, mask, keep, mgr), training);
        if (mask != null) {
            out.muliColumnVector(mask.castTo(out.dataType()));
        }
        return out;
    }

    /** input · W + b (then DL4J's mask, if any), into a fresh 'c' array; kept as a copy when {@code keep} says so. */
    INDArray forward(INDArray input, INDArray weights, INDArray bias, INDArray mask, boolean keep,
                     LayerWorkspaceMgr mgr) {
        INDArray z = mgr.createUninitialized(ArrayType.ACTIVATIONS, weights.dataType(),
                new long[] {input.size(0), weights.size(1)}, 'c');
        MatrixProducts.multiply(input, weights, z, false, false);
        if (bias != null) {
            z.addiRowVector(bias);
        }
        if (mask != null) {
            z.muliColumnVector(mask.castTo(z.dataType()));
        }
        keptInput = keep ? input : null;
        keptPreActivation = keep ? keptCopy(z) : null;
        return z;
    }

    private INDArray keptCopy(INDArray z) {
        if (buffer == null || buffer.dataType() != z.dataType() || !java.util.Arrays.equals(buffer.shape(), z.shape())) {
            try (MemoryWorkspace ignored = Nd4j.getMemoryManager().scopeOutOfWorkspaces()) {
                buffer = Nd4j.createUninitialized(z.dataType(), z.shape(), 'c');
            }
        }
        return buffer.assign(z);
    }

    /**
     * The kept pre-activation if it was computed from this input, else null. A caller that changes it must be its last
     * user in the step.
     */
    INDArray kept(INDArray input) {
        return keptPreActivation != null && keptInput == input ? keptPreActivation : null;
    }

    /** Drops the kept pre-activation once nothing of this step needs it. */
    void release() {
        keptInput = null;
        keptPreActivation = null;
    }

    /**
     * From now on {@link #inputGradient} gives zeros ({@link InputGradientSkip}).
     *
     * @return whether it computed the product before
     */
    boolean skipInputGradient() {
        boolean first = !skipsInputGradient;
        skipsInputGradient = true;
        return first;
    }

    /**
     * dL/d(input) = delta · Wᵀ, [batch, nIn] in 'c' order; zeros in the input's shape once the layer skips it (DL4J
     * hands every layer's input gradient on, and adds them up where an input feeds several layers).
     */
    INDArray inputGradient(INDArray input, INDArray delta, INDArray weights, LayerWorkspaceMgr mgr) {
        if (skipsInputGradient) {
            return mgr.create(ArrayType.ACTIVATION_GRAD, input.dataType(), input.shape(), 'c');
        }
        INDArray epsilon = mgr.createUninitialized(ArrayType.ACTIVATION_GRAD, delta.dataType(),
                new long[] {delta.size(0), weights.size(0)}, 'c');
        MatrixProducts.multiply(delta, weights, epsilon, false, true);
        return epsilon;
    }

    /** Writes inputᵀ · delta into DL4J's weight gradient view. */
    static void weightGradient(INDArray input, INDArray delta, INDArray weightGradient) {
        if (weightGradient.ordering() == 'f' && Shape.hasDefaultStridesForShape(weightGradient)) {
            // the column-major [nIn, nOut] view is the row-major [nOut, nIn] transpose: a 'c' result, no copy
            MatrixProducts.multiply(delta, input, weightGradient.transpose(), true, false);
        } else {
            weightGradient.assign(Nd4j.gemm(input, delta, true, false));
        }
    }
}
