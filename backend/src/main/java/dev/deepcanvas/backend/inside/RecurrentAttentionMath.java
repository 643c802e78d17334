package dev.deepcanvas.backend.inside;

import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * DL4J's recurrent attention layer worked out step by step from its parameters, keeping the attention weights: step
 * 0 is {@code act(x₀·W + b)}; every later step first lets the previous step's output attend over the whole input
 * sequence and adds that mixture, through {@code RW}, to {@code x_t·W + b}. Computed in doubles.
 */
final class RecurrentAttentionMath {

    private RecurrentAttentionMath() {
    }

    /**
     * @param output  the layer's output {@code [out, steps]}
     * @param weights per head, per step from step 1 on (row {@code t - 1} is step t), the share each input step
     *                gets: {@code [head][step - 1][input step]}
     */
    record Unrolled(INDArray output, double[][][] weights) {
    }

    /**
     * @param input the layer's input {@code [in, steps]}
     * @param bias  {@code [out]}, or null for a layer without one
     * @param wq    the query projection, or null for a layer that does not project (then wk, wv, wo are null too)
     */
    static Unrolled unroll(INDArray input, INDArray w, INDArray rw, INDArray bias, INDArray wq, INDArray wk,
                           INDArray wv, INDArray wo, IActivation activation) {
        INDArray x = AttentionMath.doubles(input);
        int steps = (int) x.size(1);
        INDArray direct = x.transpose().mmul(AttentionMath.doubles(w)); // [steps, out]
        if (bias != null) {
            direct.addiRowVector(AttentionMath.doubles(bias).reshape(1, bias.length()));
        }
        INDArray recurrent = AttentionMath.doubles(rw);
        INDArray output = Nd4j.create(org.nd4j.linalg.api.buffer.DataType.DOUBLE, direct.size(1), steps);
        int heads = wq == null ? 1 : (int) wq.size(0);
        double[][][] weights = new double[heads][Math.max(0, steps - 1)][];
        INDArray previous = null; // [out, 1]
        for (int t = 0; t < steps; t++) {
            INDArray z = direct.getRow(t, true).dup();
            if (previous != null) {
                AttentionMath.Attended attended = wq == null ? AttentionMath.attendUnprojected(previous, x, x)
                        : AttentionMath.attend(previous, x, x, wq, wk, wv, wo);
                z.addi(attended.output().transpose().mmul(recurrent));
                for (int h = 0; h < heads; h++) {
                    weights[h][t - 1] = attended.weights()[h][0];
                }
            }
            INDArray h = activation.getActivation(z, false).transpose().dup(); // [out, 1]
            output.putColumn(t, h);
            previous = h;
        }
        return new Unrolled(output, weights);
    }
}
