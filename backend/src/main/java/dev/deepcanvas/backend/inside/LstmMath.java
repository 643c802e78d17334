package dev.deepcanvas.backend.inside;

import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * An LSTM layer worked out step by step from its parameters, keeping what DL4J's forward pass does not return: its
 * gates and its cell state. Computed in doubles.
 *
 * <p>DL4J's layout ({@code LSTMParamInitializer}, {@code LSTMHelpers}): {@code W [in, 4·units]},
 * {@code RW [units, 4·units]} and {@code b [4·units]}, each in four blocks of {@code units} columns: the candidate
 * (what may be written to the cell, through the layer's activation, usually tanh), then the forget, output and input
 * gates (through the gate activation, a sigmoid). At every step: cell = forget × previous cell + input × candidate;
 * hidden state = output × activation(cell). DL4J's own code calls the first block "input activations" and the last
 * "input modulation gate"; the names here are the textbook ones.
 */
final class LstmMath {

    private LstmMath() {
    }

    /** Each {@code [units, steps]}: a row per unit, a column per time step. */
    record Unrolled(INDArray inputGate, INDArray forgetGate, INDArray outputGate, INDArray candidate, INDArray cell,
                    INDArray hidden) {
    }

    /**
     * @param input the layer's input for one example, {@code [in, steps]}
     * @param bias  {@code [4·units]} in any shape
     */
    static Unrolled unroll(INDArray input, INDArray w, INDArray rw, INDArray bias, IActivation gate,
                           IActivation activation) {
        INDArray x = AttentionMath.doubles(input);
        int units = (int) rw.size(0);
        int steps = (int) x.size(1);
        INDArray direct = x.transpose().mmul(AttentionMath.doubles(w)); // [steps, 4·units]
        direct.addiRowVector(AttentionMath.doubles(bias).reshape(1, 4L * units));
        INDArray recurrent = AttentionMath.doubles(rw);
        INDArray[] kept = new INDArray[6];
        for (int k = 0; k < kept.length; k++) {
            kept[k] = Nd4j.create(DataType.DOUBLE, units, steps);
        }
        INDArray hidden = Nd4j.zeros(DataType.DOUBLE, 1, units);
        INDArray cell = Nd4j.zeros(DataType.DOUBLE, 1, units);
        for (int t = 0; t < steps; t++) {
            INDArray z = direct.getRow(t, true).add(hidden.mmul(recurrent));
            INDArray candidate = activation.getActivation(block(z, 0, units), false);
            INDArray forget = gate.getActivation(block(z, 1, units), false);
            INDArray output = gate.getActivation(block(z, 2, units), false);
            INDArray in = gate.getActivation(block(z, 3, units), false);
            cell = forget.mul(cell).addi(in.mul(candidate));
            hidden = output.mul(activation.getActivation(cell.dup(), false));
            INDArray[] now = {in, forget, output, candidate, cell, hidden};
            for (int k = 0; k < kept.length; k++) {
                kept[k].putColumn(t, now[k].reshape(units));
            }
        }
        return new Unrolled(kept[0], kept[1], kept[2], kept[3], kept[4], kept[5]);
    }

    private static INDArray block(INDArray z, int index, int units) {
        return z.get(NDArrayIndex.all(), NDArrayIndex.interval((long) index * units, (long) (index + 1) * units))
                .dup();
    }
}
