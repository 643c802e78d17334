package dev.deepcanvas.backend.inside;

import dev.deepcanvas.graph.document.GraphNode;
import dev.deepcanvas.graph.dl4j.GruLayer;
import org.deeplearning4j.nn.api.Layer;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A GRU layer's update and reset gates and its candidate state for the chosen example, recomputed from its parameters
 * ({@link GruMath}); the recomputed hidden state must match the layer's own output before they are shown. A GRU that
 * passes on only its last state is checked on that state, which every earlier step feeds.
 */
final class GruReading {

    private GruReading() {
    }

    /** Whether the layer is DeepCanvas's GRU, whose gates this class can read. */
    static boolean isGru(Layer layer) {
        return layer.conf().getLayer() instanceof GruLayer;
    }

    /**
     * @param layer  the layer of the GRU's vertex
     * @param input  its input for the example, {@code [1, in, steps]}
     * @param output its output in the same pass: {@code [1, units, steps]}, or {@code [1, units]} for a GRU that
     *               passes on only its last state
     * @return empty for a layer that is not a GRU
     */
    static Optional<GateReading> of(GraphNode node, Layer layer, INDArray input, INDArray output) {
        if (!isGru(layer)) {
            return Optional.empty();
        }
        if (input.rank() != 3) {
            return Optional.of(new GateReading(null, "The gates of this GRU are not shown: its input reached it with "
                    + "shape " + Arrays.toString(input.shape()) + ", not as a sequence."));
        }
        GruMath.Unrolled unrolled = GruMath.unroll(input.slice(0), layer.getParam(GruLayer.INPUT_WEIGHTS),
                layer.getParam(GruLayer.RECURRENT_WEIGHTS), layer.getParam(GruLayer.BIAS));
        INDArray actual = output.castTo(DataType.DOUBLE).slice(0);
        boolean lastOnly = output.rank() == 2;
        INDArray recomputed = lastOnly
                ? unrolled.hidden().get(NDArrayIndex.all(), NDArrayIndex.point(unrolled.hidden().size(1) - 1))
                : unrolled.hidden();
        double off = recomputed.reshape(actual.shape()).sub(actual).amaxNumber().doubleValue();
        if (!(off <= LstmReading.AGREEMENT)) {
            return Optional.of(new GateReading(null, "The gates of this GRU are not shown: recomputed from its "
                    + "parameters, its hidden state differs from the layer's own by "
                    + String.format(Locale.ROOT, "%.2g", off) + ", so they would not be the ones the model used."));
        }
        ShownGates shown = new ShownGates(unrolled.hidden());
        List<GateMap> gates = List.of(
                shown.map("update gate", "How much of each unit's old state is kept at each step (1 = keep it, "
                        + "0 = take the candidate instead).", unrolled.updateGate(), true),
                shown.map("reset gate", "How much of the old state the candidate may read at each step (0 = start "
                        + "afresh, 1 = read all of it); at the first step there is no old state yet.",
                        unrolled.resetGate(), true),
                shown.map("candidate state", "The new state proposed at each step (tanh, -1 to 1); the hidden state "
                        + "mixes it with the old one by the update gate.", unrolled.candidate(), false));
        List<String> notes = shown.caps();
        if (lastOnly) {
            notes.add("The layer passes on only its last state; the gates are shown for every step.");
        }
        return Optional.of(new GateReading(new RecurrentGates(node.id(), "GRU", gates, shown.units(), shown.steps(),
                notes.isEmpty() ? null : String.join(" ", notes)), null));
    }
}
