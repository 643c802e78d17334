package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.layers.recurrent.BidirectionalLayer;
import org.deeplearning4j.nn.layers.recurrent.LSTM;
import org.deeplearning4j.nn.layers.recurrent.LSTMHelper;
import org.deeplearning4j.nn.layers.wrapper.BaseWrapperLayer;

/**
 * Gives every LSTM layer of a network DeepCanvas's {@link FusedLstmHelper}. Call it after a network is built or
 * read from a file; the configuration and parameters are untouched, so a saved model still loads in plain DL4J
 * (which then trains it with its own, slower pass).
 *
 * <p>DL4J 1.0.0-M2.1 offers no way to choose a CPU helper for its LSTM (it only looks for cuDNN), so the helper is
 * put into the layer's {@code helper} field; the bidirectional wrapper's two directions are private fields too
 * ({@link PrivateField}).
 */
public final class FusedLstm {

    private static final PrivateField<LSTM, LSTMHelper> LSTM_HELPER = PrivateField.of(LSTM.class, "helper",
            LSTMHelper.class);
    private static final PrivateField<BidirectionalLayer, Layer> FORWARD_LAYER = PrivateField.of(
            BidirectionalLayer.class, "fwd", Layer.class);
    private static final PrivateField<BidirectionalLayer, Layer> BACKWARD_LAYER = PrivateField.of(
            BidirectionalLayer.class, "bwd", Layer.class);

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
            LSTM_HELPER.set(lstm, new FusedLstmHelper());
            return 1;
        }
        if (layer instanceof BidirectionalLayer bidirectional) {
            return install(FORWARD_LAYER.get(bidirectional)) + install(BACKWARD_LAYER.get(bidirectional));
        }
        if (layer instanceof BaseWrapperLayer wrapper) {
            return install(wrapper.getUnderlying());
        }
        return 0;
    }
}
