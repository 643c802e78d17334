package dev.deepcanvas.backend.inside;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.linalg.ops.transforms.Transforms;

/**
 * A GRU layer worked out step by step from its parameters, keeping what the layer does not return: its update and
 * reset gates and its candidate state. Computed in doubles.
 *
 * <p>DL4J 1.0.0-M2.1 has no GRU layer of its own; DeepCanvas's ({@code GruLayer}, run by {@code FusedGruLayer}) keeps
 * {@code W [in, 3·units]}, {@code U [units, 3·units]} and {@code b [1, 3·units]}, each in three blocks of
 * {@code units} columns: update gate z, reset gate r, candidate n. The reset gate applies to the previous state
 * before the recurrent product, and the state starts at zero:
 * <pre>
 * z = σ(x·Wz + h·Uz + bz),  r = σ(x·Wr + h·Ur + br),  n = tanh(x·Wn + (r ⊙ h)·Un + bn),  h' = n + z ⊙ (h − n)
 * </pre>
 * so z = 1 keeps the old state and z = 0 takes the candidate.
 */
final class GruMath {

    private GruMath() {
    }

    /** Each {@code [units, steps]}: a row per unit, a column per time step. */
    record Unrolled(INDArray updateGate, INDArray resetGate, INDArray candidate, INDArray hidden) {
    }

    /**
     * @param input the layer's input for one example, {@code [in, steps]}
     * @param bias  {@code [3·units]} in any shape
     */
    static Unrolled unroll(INDArray input, INDArray w, INDArray u, INDArray bias) {
        INDArray x = AttentionMath.doubles(input);
        int units = (int) u.size(0);
        int steps = (int) x.size(1);
        INDArray direct = x.transpose().mmul(AttentionMath.doubles(w)); // [steps, 3·units]
        direct.addiRowVector(AttentionMath.doubles(bias).reshape(1, 3L * units));
        INDArray recurrent = AttentionMath.doubles(u);
        INDArray gatesU = block(recurrent, 0, 2 * units);
        INDArray candidateU = block(recurrent, 2 * units, units);
        INDArray[] kept = new INDArray[4];
        for (int k = 0; k < kept.length; k++) {
            kept[k] = Nd4j.create(DataType.DOUBLE, units, steps);
        }
        INDArray hidden = Nd4j.zeros(DataType.DOUBLE, 1, units);
        for (int t = 0; t < steps; t++) {
            INDArray xt = direct.getRow(t, true);
            INDArray zr = block(xt, 0, 2 * units).addi(hidden.mmul(gatesU));
            INDArray update = Transforms.sigmoid(block(zr, 0, units), false);
            INDArray reset = Transforms.sigmoid(block(zr, units, units), false);
            INDArray candidate = Transforms.tanh(block(xt, 2 * units, units).addi(reset.mul(hidden).mmul(candidateU)),
                    false);
            hidden = candidate.add(update.mul(hidden.sub(candidate)));
            INDArray[] now = {update, reset, candidate, hidden};
            for (int k = 0; k < kept.length; k++) {
                kept[k].putColumn(t, now[k].reshape(units));
            }
        }
        return new Unrolled(kept[0], kept[1], kept[2], kept[3]);
    }

    /** Columns {@code from} to {@code from + width}, copied. */
    private static INDArray block(INDArray rows, int from, int width) {
        return rows.get(NDArrayIndex.all(), NDArrayIndex.interval(from, from + width)).dup();
    }
}
