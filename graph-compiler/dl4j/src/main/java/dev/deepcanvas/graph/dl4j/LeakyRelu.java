package dev.deepcanvas.graph.dl4j;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationLReLU;
import org.nd4j.linalg.api.ndarray.INDArray;


/**
 * A leaky ReLU's forward and backward pass ({@code a = z < 0 ? α·z : z}, {@code dL/dz = z < 0 ? α·dL/da : dL/da})
 * as Java loops over whole arrays, giving libnd4j's {@code leakyrelu} and {@code lrelu_bp} results to the bit: the
 * same float products, chosen by the same comparisons.
 *
 * <p>Why: both libnd4j ops call a C++ {@code std::function} per element, as {@code relu_bp} does
 * ({@link ReluBackprop}); in the digit GAN's step (a discriminator of leaky-ReLU dense layers) the two took 12%.
 * Here the choice is made on the floats' bits without a branch, so the JIT vectorises the loops ({@link BitsInPlace}).
 *
 * <p>Where it applies: {@link ActivationLReLU} exactly, on contiguous float arrays ({@link NativeFloats}); anything
 * else goes to the activation's own passes.
 */
final class LeakyRelu {

    private LeakyRelu() {
    }

    /** Whether {@link #activate} and {@link #backprop} run this activation's passes themselves. */
    static boolean handles(IActivation activation) {
        return activation.getClass() == ActivationLReLU.class;
    }

    /** {@code activation.getActivation(z, training)}: in place, in Java where {@link #handles} and the array allow. */
    static INDArray activate(IActivation activation, INDArray z, boolean training) {
        if (!handles(activation) || !BitsInPlace.fits(z, null)) {
            return activation.getActivation(z, training);
        }
        float alpha = (float) ((ActivationLReLU) activation).getAlpha();
        BitsInPlace.apply(z, null, (values, unused, from, to) -> {
            for (int i = from; i < to; i++) {
                int b = values[i];
                int scaled = Float.floatToRawIntBits(alpha * Float.intBitsToFloat(b));
                int negative = negative(b);
                values[i] = (scaled & negative) | (b & ~negative);
            }
        });
        return z;
    }

    /**
     * {@code activation.backprop(z, epsilon)}: in Java where {@link #handles} and the arrays allow, writing the
     * result over {@code z} (the layer's own pre-activation, kept for this pass, as DL4J's activations do).
     */
    static Pair<INDArray, INDArray> backprop(IActivation activation, INDArray z, INDArray epsilon) {
        if (!handles(activation) || !BitsInPlace.fits(z, epsilon)) {
            return activation.backprop(z, epsilon);
        }
        float alpha = (float) ((ActivationLReLU) activation).getAlpha();
        BitsInPlace.apply(z, epsilon, (pre, gradient, from, to) -> {
            for (int i = from; i < to; i++) {
                int g = gradient[i];
                int scaled = Float.floatToRawIntBits(alpha * Float.intBitsToFloat(g));
                int negative = negative(pre[i]);
                pre[i] = (scaled & negative) | (g & ~negative);
            }
        });
        return new Pair<>(z, null);
    }

    /**
     * All ones where the float with these bits is below zero (−∞ included), else zeros (zeros of either sign, NaN,
     * positive floats): libnd4j's {@code z < 0}, on which both of its passes choose. With the sign flipped, that is
     * {@link ReluBackprop#positive}.
     */
    static int negative(int bits) {
        return ReluBackprop.positive(bits ^ 0x80000000);
    }

    /**
     * A leaky ReLU whose passes are {@link #activate}'s and {@link #backprop}'s, lent to a DL4J layer's configuration
     * for the length of one pass ({@link JavaActivation#lent}); never stored in a configuration beyond it.
     */
    static final class Activation extends ActivationLReLU {

        private final ActivationLReLU configured;

        Activation(ActivationLReLU configured) {
            super(configured.getAlpha());
            this.configured = configured;
        }

        @Override
        public INDArray getActivation(INDArray in, boolean training) {
            return LeakyRelu.activate(configured, in, training);
        }

        @Override
        public Pair<INDArray, INDArray> backprop(INDArray in, INDArray epsilon) {
            return LeakyRelu.backprop(configured, in, epsilon);
        }
    }
}
