package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.layers.recurrent.BidirectionalLayer;
import org.deeplearning4j.nn.layers.recurrent.LSTM;
import org.deeplearning4j.nn.layers.wrapper.BaseWrapperLayer;

import java.lang.reflect.Field;

/**
 * Gives every LSTM layer of a network DeepCanvas's {@link FusedLstmHelper}. Call it after a network is built or
 * read from a file; the configuration and parameters are untouched, so a saved model still loads in plain DL4J
 * (which then trains it with its own, slower pass).
 *
 * <p>DL4J 1.0.0-M2.1 offers no way to choose a CPU helper for its LSTM (it only looks for cuDNN), so the helper is
 * put into the layer's {@code helper} field; the bidirectional wrapper's two directions are private fields too.
 */
public final class FusedLstm {

    private static final Field LSTM_HELPER = field(LSTM.class, "helper");
    private static final Field FORWARD_LAYER = field(BidirectionalLayer.class, "fwd");
    private static final Field BACKWARD_LAYER = field(BidirectionalLayer.class, "bwd");

    private FusedLstm() {
    }

    /** @return the number of LSTM layers that now use the fused pass */
    public static int install(ComputationGraph network) {
        int installed = 0;
        for (Layer layer : network.getLayers()) {
            installed += install(layer);
        }
        return installed;
    }

    private static int install(Layer layer) {
        if (layer instanceof LSTM lstm) {
            set(LSTM_HELPER, lstm, new FusedLstmHelper());
            return 1;
        }
        if (layer instanceof BidirectionalLayer bidirectional) {
            return install((Layer) get(FORWARD_LAYER, bidirectional)) + install((Layer) get(BACKWARD_LAYER,
                    bidirectional));
        }
        if (layer instanceof BaseWrapperLayer wrapper) {
            return install(wrapper.getUnderlying());
        }
        return 0;
    }

    private static Field field(Class<?> owner, String name) {
        try {
            Field field = owner.getDeclaredField(name);
            field.setAccessible(true);
            return field;
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("DL4J's " + owner.getSimpleName() + " has no field " + name
                    + ": the fused LSTM needs DL4J 1.0.0-M2.1", e);
        }
    }

    private static Object get(Field field, Object owner) {
        try {
            return field.get(owner);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void set(Field field, Object owner, Object value) {
        try {
            field.set(owner, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException(e);
        }
    }
}
