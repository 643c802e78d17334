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
     * What the reading found: the gates, or why there are none.
     *
     * @param refusal null when the gates are shown
     */
    record Result(LstmGates gates, String refusal) {
    }

    /**
     * @param layer  the LSTM or bidirectional LSTM itself (unwrapped from a last-time-step wrapper)
     * @param input  its input for the example, {@code [1, in, steps]}
     * @param output its output at every step in the same pass, {@code [1, units, steps]}
     * @return empty for a layer that is neither DL4J's plain LSTM nor a bidirectional wrapper of one
     */
    static Optional<Result> of(GraphNode node, Layer layer, INDArray input, INDArray output) {
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
    private static Result checked(GraphNode node, INDArray recomputed, INDArray actual,
                                  List<LstmMath.Unrolled> directions, List<String> suffixes) {
        double off = recomputed.sub(actual).amaxNumber().doubleValue();
        if (!(off <= AGREEMENT)) {
            return new Result(null, "The gates of this LSTM are not shown: recomputed from its parameters, its "
                    + "hidden state differs from DL4J's by " + String.format(Locale.ROOT, "%.2g", off) + ", so they "
                    + "would not be the ones the model used.");
        }
        LstmMath.Unrolled first = directions.get(0);
        int units = (int) first.hidden().size(0);
        int steps = (int) first.hidden().size(1);
        int shownUnits = Math.min(units, LayerReading.MAX_UNITS_OVER_TIME);
        int shownSteps = Math.min(steps, LayerReading.MAX_STEPS);
        List<GateMap> gates = new ArrayList<>();
        for (int d = 0; d < directions.size(); d++) {
            LstmMath.Unrolled unrolled = directions.get(d);
            String suffix = suffixes.get(d);
            gates.add(gate("input gate" + suffix, "How much of the new candidate is written into each unit's cell "
                    + "at each step (0 to 1).", unrolled.inputGate(), shownUnits, shownSteps, true));
            gates.add(gate("forget gate" + suffix, "How much of each cell's old content is kept at each step "
                    + "(0 = forget all, 1 = keep all).", unrolled.forgetGate(), shownUnits, shownSteps, true));
            gates.add(gate("output gate" + suffix, "How much of each cell is let out into the hidden state the next "
                    + "layer reads (0 to 1).", unrolled.outputGate(), shownUnits, shownSteps, true));
            gates.add(gate("cell state" + suffix, "The memory each unit carries from step to step; the hidden state "
                    + "is the output gate times its activation (usually tanh).", unrolled.cell(), shownUnits,
                    shownSteps, false));
        }
        List<String> notes = new ArrayList<>();
        if (shownUnits < units) {
            notes.add("The first " + shownUnits + " of " + units + " units are shown.");
        }
        if (shownSteps < steps) {
            notes.add("The first " + shownSteps + " of " + steps + " time steps are shown.");
        }
        if (directions.size() > 1) {
            notes.add("The backward direction reads the sequence from its end; its columns are in the input's order.");
        }
        return new Result(new LstmGates(node.id(), gates, units, steps,
                notes.isEmpty() ? null : String.join(" ", notes)), null);
    }

    /** @param share whether the values are shares from 0 to 1 (a gate): the key then runs from 0 to 1 */
    private static GateMap gate(String name, String meaning, INDArray values, int shownUnits, int shownSteps,
                                boolean share) {
        double[][] all = values.toDoubleMatrix();
        float[] shown = new float[shownUnits * shownSteps];
        for (int u = 0; u < shownUnits; u++) {
            for (int t = 0; t < shownSteps; t++) {
                shown[u * shownSteps + t] = (float) all[u][t];
            }
        }
        return new GateMap(name, meaning, new FeatureMap(0, shownUnits, shownSteps, shown),
                share ? 0 : values.minNumber().doubleValue(), share ? 1 : values.maxNumber().doubleValue());
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
