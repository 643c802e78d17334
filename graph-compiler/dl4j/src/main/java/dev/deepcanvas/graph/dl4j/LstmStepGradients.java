package dev.deepcanvas.graph.dl4j;

/**
 * The element-wise part of one time step of the LSTM's backward pass ({@link FusedLstmHelper}), as one Java loop
 * over the step's values: from dL/dh_t and what flows back from step t+1 to the gradients of the four gate sums and
 * what flows on to step t−1. The two matrix products of the step stay native.
 *
 * <p>Why: done as libnd4j calls it took about fifteen calls per step on {@code [units, batch]} blocks (8,192 values
 * for the bench's LSTM), each costing more to issue than to compute, which left the LSTM's backward pass mostly
 * overhead (docs/performance.md, "The LSTM's backward pass in one loop"). Each value below is computed with the same
 * float operations in the same order as those calls did, so the result is the same to the bit.
 *
 * <p>Arrays hold each step's blocks one after another, as the helper's native arrays do ({@code [T, rows, batch]},
 * C order); {@code n} is units × batch.
 */
final class LstmStepGradients {

    private LstmStepGradients() {
    }

    /**
     * @param gates      every step's activated gates, order a, f, o, g ({@code 4n} per step); step t from
     *                   {@code t·4n}
     * @param cells      c_0 … c_T ({@code n} per slot); c_{t−1} is slot t
     * @param activated  tanh(c_t) per step
     * @param dh         dL/dh_t per step, from the layer above; step t gets what flows back from step t+1 added
     * @param fromAbove  dL/dh_t from step t+1's input columns, or null at the last step
     * @param carried    dL/dc_t from step t+1 (read only when {@code fromAbove} is not null); overwritten with
     *                   dL/dc_{t−1}
     * @param dz         out: dL/d(gate sums) of step t, {@code 4n}, order a, f, o, g
     */
    static void step(int t, int n, float[] gates, float[] cells, float[] activated, float[] dh, float[] fromAbove,
                     float[] carried, float[] dz) {
        int gate = t * 4 * n;
        int cell = t * n;
        boolean later = fromAbove != null;
        for (int i = 0; i < n; i++) {
            float a = gates[gate + i];
            float f = gates[gate + n + i];
            float o = gates[gate + 2 * n + i];
            float g = gates[gate + 3 * n + i];
            float dhT = later ? dh[cell + i] + fromAbove[i] : dh[cell + i];
            float tanhC = activated[cell + i];
            // σ'(x) from the activation s: s·(1 − s), as libnd4j's TimesOneMinus
            float slopeF = f * (1f - f);
            float slopeO = o * (1f - o);
            float slopeG = g * (1f - g);
            // dc = dh ⊙ o ⊙ (1 − tanh²(c)) + what flows back from step t+1
            float dc = (1f - tanhC * tanhC) * o * dhT;
            if (later) {
                dc = dc + carried[i];
            }
            dz[i] = (1f - a * a) * g * dc;
            dz[n + i] = dc * cells[cell + i] * slopeF;
            dz[2 * n + i] = dhT * tanhC * slopeO;
            dz[3 * n + i] = dc * a * slopeG;
            carried[i] = dc * f;
        }
    }
}
