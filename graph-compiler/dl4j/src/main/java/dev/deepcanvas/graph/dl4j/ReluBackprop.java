package dev.deepcanvas.graph.dl4j;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationReLU;
import org.nd4j.linalg.api.ndarray.INDArray;


/**
 * The backward pass of a plain ReLU, {@code dL/dz = z > 0 ? dL/da : 0}, as one loop in Java over the whole array.
 *
 * <p>Why: libnd4j's {@code relu_bp} calls a C++ {@code std::function} per element; in the profile of LeNet on two
 * data-parallel parts that op took 7% of each part's step, behind the convolutions alone (docs/performance.md,
 * "LeNet's first convolution"). The loop here works on the floats' bits as integers without a branch, which the
 * JIT vectorises, and the arrays move between native memory and Java in bulk copies. The result is the same to the
 * bit: each element is either copied or zero.
 *
 * <p>Where it applies: {@link ActivationReLU} exactly, with no maximum, threshold or negative slope set, on contiguous
 * float arrays ({@link NativeFloats}); anything else goes to the activation's own backprop.
 */
final class ReluBackprop {

    private static final ActivationReLU PLAIN = new ActivationReLU();

    private ReluBackprop() {
    }

    /** Whether {@link #backprop} runs this activation's backward pass itself. */
    static boolean handles(IActivation activation) {
        return activation.getClass() == ActivationReLU.class && activation instanceof ActivationReLU relu
                && relu.getMax() == null && relu.getThreshold() == null && relu.getNegativeSlope() == null;
    }

    /**
     * {@code activation.backprop(z, epsilon)}: in Java where {@link #handles} and the arrays allow, writing the result
     * over {@code z} (DL4J's activations may use their input as working memory: it is the layer's own
     * pre-activation, kept for this backward pass).
     */
    static Pair<INDArray, INDArray> backprop(IActivation activation, INDArray z, INDArray epsilon) {
        if (!handles(activation) || !BitsInPlace.fits(z, epsilon)) {
            return activation.backprop(z, epsilon);
        }
        BitsInPlace.apply(z, epsilon, (pre, gradient, from, to) -> {
            for (int i = from; i < to; i++) {
                pre[i] = gradient[i] & positive(pre[i]);
            }
        });
        return new Pair<>(z, null);
    }

    /**
     * All ones where the float with these bits is greater than zero (+∞ included), else zeros (zero, negative, NaN).
     * On the bits as integers, the floats above zero are those from 1 to 0x7F800000 (+∞); comparing without a
     * branch lets the JIT vectorise the loop, where a branch on the sign of random gradients mispredicts half the
     * time (a conditional float select measured twice as slow as libnd4j's op).
     */
    static int positive(int bits) {
        int below = bits - 1;
        return ((below - 0x7F800000) >> 31) & ~(below >> 31);
    }

    /**
     * A plain ReLU whose backward pass is {@link #backprop}'s, for DL4J layers that read the activation from their
     * configuration in the middle of their own backward pass ({@link FastConvolutionLayer}); never stored in a
     * configuration beyond that pass.
     */
    static final class Activation extends ActivationReLU {

        @Override
        public Pair<INDArray, INDArray> backprop(INDArray in, INDArray epsilon) {
            return ReluBackprop.backprop(PLAIN, in, epsilon);
        }
    }
}
