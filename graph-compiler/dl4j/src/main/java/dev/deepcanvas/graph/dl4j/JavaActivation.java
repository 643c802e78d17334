package dev.deepcanvas.graph.dl4j;

import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationLReLU;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The activations whose passes run as Java loops, to the bit libnd4j's results: a plain ReLU's backward pass
 * ({@link ReluBackprop}) and a leaky ReLU's forward and backward passes ({@link LeakyRelu}). The one place layers ask,
 * so that a layer handling one handles all.
 */
final class JavaActivation {

    private static final IActivation RELU = new ReluBackprop.Activation();

    /** The lent leaky ReLUs, one per slope (all a leaky ReLU's passes read), so that a pass allocates none. */
    private static final Map<Double, IActivation> LEAKY = new ConcurrentHashMap<>();

    private JavaActivation() {
    }

    /** Whether any pass of this activation runs in Java. */
    static boolean handles(IActivation activation) {
        return ReluBackprop.handles(activation) || LeakyRelu.handles(activation);
    }

    /**
     * An activation computing the same as {@code configured} with its Java passes, for DL4J layers that read the
     * activation from their configuration in the middle of their own pass: lent to the configuration for that pass
     * only, so that between steps (when a model is saved) the configuration is exactly what the user built.
     */
    static Optional<IActivation> lent(IActivation configured) {
        if (ReluBackprop.handles(configured)) {
            return Optional.of(RELU);
        }
        if (LeakyRelu.handles(configured)) {
            return Optional.of(LEAKY.computeIfAbsent(((ActivationLReLU) configured).getAlpha(),
                    alpha -> new LeakyRelu.Activation(new ActivationLReLU(alpha))));
        }
        return Optional.empty();
    }

    /**
     * Runs one pass of a DL4J layer with {@link #lent} activation in its configuration, and puts the configured one
     * back before returning (also when the pass fails).
     *
     * @param configured the activation the configuration holds
     * @param setter     sets the configuration's activation
     */
    static <T> T duringPass(IActivation configured, Consumer<IActivation> setter, Supplier<T> pass) {
        Optional<IActivation> java = lent(configured);
        if (java.isEmpty()) {
            return pass.get();
        }
        setter.accept(java.get());
        try {
            return pass.get();
        } finally {
            setter.accept(configured);
        }
    }

    /** {@code activation.getActivation(z, training)}, in Java where it can be. */
    static INDArray activate(IActivation activation, INDArray z, boolean training) {
        return LeakyRelu.activate(activation, z, training);
    }

    /** {@code activation.backprop(z, epsilon)}, in Java where it can be; may write over {@code z}. */
    static Pair<INDArray, INDArray> backprop(IActivation activation, INDArray z, INDArray epsilon) {
        if (LeakyRelu.handles(activation)) {
            return LeakyRelu.backprop(activation, z, epsilon);
        }
        return ReluBackprop.backprop(activation, z, epsilon);
    }
}
