package dev.deepcanvas.backend.inside;

import dev.deepcanvas.graph.document.GraphNode;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.recurrent.Bidirectional;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * An LSTM layer's gates and cell state for the chosen example, recomputed from its parameters ({@link LstmMath}),
 * for a plain LSTM and for both directions of a bidirectional one; the recomputed output must match DL4J's own before
 * they are shown.
 */
final class LstmReading {

    /** As {@link AttentionReading#AGREEMENT}: DL4J computes in floats, a real disagreement is far larger. */
    static final double AGREEMENT = 1e-4;

    private LstmReading() {
    }

    /**
     * @param layer  the LSTM or bidirectional LSTM itself (unwrapped from a last-time-step wrapper)
     * @param input  its input for the example, {@code [1, in, steps]}
     * @param output its output at every step in the same pass, {@code [1, units, steps]}
     * @return empty for a layer that is neither DL4J's plain LSTM nor a bidirectional wrapper of one
     */
    static Optional<GateReading> of(GraphNode node, Layer layer, INDArray input, INDArray output) {
        INDArray actual = output.castTo(DataType.DOUBLE).slice(0);
        Object conf = layer.conf().getLayer();
        if (conf instanceof LSTM lstm) {
            LstmMath.Unrolled unrolled = LstmMath.unroll(input.slice(0), layer.getParam("W"), layer.getParam("RW"),
                    layer.getParam("b"), lstm.getGateActivationFn(), lstm.getActivationFn());
            return Optional.of(checked(node, unrolled.hidden(), actual, List.of(unrolled), List.of("")));
        }
        if (conf instanceof Bidirectional both && both.getFwd() instanceof LSTM lstm) {
            INDArray x = input.slice(0);
            LstmMath.Unrolled forwards = LstmMath.unroll(x, layer.getParam("fW"), layer.getParam("fRW"),
                    layer.getParam("fb"), lstm.getGateActivationFn(), lstm.getActivationFn());
            // DL4J's backward layer reads the sequence from its end; its steps are turned back to the input's order
            LstmMath.Unrolled backwards = reversed(LstmMath.unroll(reversed(x), layer.getParam("bW"),
                    layer.getParam("bRW"), layer.getParam("bb"), lstm.getGateActivationFn(), lstm.getActivationFn()));
            INDArray f = forwards.hidden();
            INDArray b = backwards.hidden();
            INDArray combined = switch (both.getMode()) {
                case CONCAT -> Nd4j.concat(0, f, b);
                case ADD -> f.add(b);
                case MUL -> f.mul(b);
                case AVERAGE -> f.add(b).muli(0.5);
            };
            return Optional.of(checked(node, combined, actual, List.of(forwards, backwards),
                    List.of(" (forwards)", " (backwards)")));
        }
        return Optional.empty();
    }

    /**
     * @param directions one unrolled pass per direction
     * @param suffixes   what is written after each direction's map names
     */
    private static GateReading checked(GraphNode node, INDArray recomputed, INDArray actual,
                                  List<LstmMath.Unrolled> directions, List<String> suffixes) {
        double off = recomputed.sub(actual).amaxNumber().doubleValue();
        if (!(off <= AGREEMENT)) {
            return new GateReading(null, "The gates of this LSTM are not shown: recomputed from its parameters, its "
                    + "hidden state differs from DL4J's by " + String.format(Locale.ROOT, "%.2g", off) + ", so they "
                    + "would not be the ones the model used.");
        }
        ShownGates shown = new ShownGates(directions.get(0).hidden());
        List<GateMap> gates = new ArrayList<>();
        for (int d = 0; d < directions.size(); d++) {
            LstmMath.Unrolled unrolled = directions.get(d);
            String suffix = suffixes.get(d);
            gates.add(shown.map("input gate" + suffix, "How much of the new candidate is written into each unit's "
                    + "cell at each step (0 to 1).", unrolled.inputGate(), true));
            gates.add(shown.map("forget gate" + suffix, "How much of each cell's old content is kept at each step "
                    + "(0 = forget all, 1 = keep all).", unrolled.forgetGate(), true));
            gates.add(shown.map("output gate" + suffix, "How much of each cell is let out into the hidden state the "
                    + "next layer reads (0 to 1).", unrolled.outputGate(), true));
            gates.add(shown.map("cell state" + suffix, "The memory each unit carries from step to step; the hidden "
                    + "state is the output gate times its activation (usually tanh).", unrolled.cell(), false));
        }
        List<String> notes = shown.caps();
        if (directions.size() > 1) {
            notes.add("The backward direction reads the sequence from its end; its columns are in the input's order.");
        }
        return new GateReading(new RecurrentGates(node.id(), "LSTM", gates, shown.units(), shown.steps(),
                notes.isEmpty() ? null : String.join(" ", notes)), null);
    }

    /** The {@code [rows, steps]} values with the steps in the opposite order. */
    static INDArray reversed(INDArray values) {
        double[][] rows = values.castTo(DataType.DOUBLE).toDoubleMatrix();
        int steps = rows.length == 0 ? 0 : rows[0].length;
        double[][] turned = new double[rows.length][steps];
        for (int r = 0; r < rows.length; r++) {
            for (int t = 0; t < steps; t++) {
                turned[r][t] = rows[r][steps - 1 - t];
            }
        }
        return Nd4j.createFromArray(turned);
    }

    private static LstmMath.Unrolled reversed(LstmMath.Unrolled pass) {
        return new LstmMath.Unrolled(reversed(pass.inputGate()), reversed(pass.forgetGate()),
                reversed(pass.outputGate()), reversed(pass.candidate()), reversed(pass.cell()), reversed(pass.hidden()));
    }
}
