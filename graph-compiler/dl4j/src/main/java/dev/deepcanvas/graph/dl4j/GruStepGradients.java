package dev.deepcanvas.graph.dl4j;

/**
 * The element-wise parts of one time step of the GRU's backward pass ({@link FusedGruLayer}) as Java loops over the
 * step's values; the four matrix products of the step stay native, and the parts run between them.
 *
 * <p>Why: as libnd4j calls they were about twenty calls per step on {@code [units, batch]} blocks, each costing more
 * to issue than to compute (docs/performance.md, "The recurrent backward passes in one loop"). Every value is
 * computed with the same float operations in the same order as those calls did, so the result is the same to the
 * bit.
 *
 * <p>{@code gates} holds every step's activated gates z, r, n ({@code 3n} per step), {@code columns} every step's
 * column with h_{t−1} in its first {@code n} values, {@code columnLength} apart; {@code n} is units × batch.
 */
final class GruStepGradients {

    private GruStepGradients() {
    }

    /**
     * Before the candidate's product: dL/d(z's sum) into {@code dzr}'s first {@code n} values, and dL/d(n's sum)
     * into {@code dn}, from dL/dh_t.
     */
    static void update(int t, int n, float[] gates, float[] columns, int columnLength, float[] dh, float[] dzr,
                       float[] dn) {
        int gate = t * 3 * n;
        int column = t * columnLength;
        for (int i = 0; i < n; i++) {
            float z = gates[gate + i];
            float candidate = gates[gate + 2 * n + i];
            float before = columns[column + i];
            // dz = dh ⊙ (h_{t−1} − n) ⊙ z(1 − z); dn = dh ⊙ (1 − z) ⊙ (1 − n²)
            dzr[i] = dh[i] * (before - candidate) * (z * (1f - z));
            dn[i] = dh[i] * (1f - z) * (1f - candidate * candidate);
        }
    }

    /** After the candidate's product: dL/d(r's sum) into {@code dzr}'s second {@code n} values, from d(r⊙h_{t−1}). */
    static void reset(int t, int n, float[] gates, float[] columns, int columnLength, float[] dResetHidden,
                      float[] dzr) {
        int gate = t * 3 * n;
        int column = t * columnLength;
        for (int i = 0; i < n; i++) {
            float r = gates[gate + n + i];
            dzr[n + i] = dResetHidden[i] * columns[column + i] * (r * (1f - r));
        }
    }

    /**
     * After the gates' product: dL/dh_{t−1} = dh ⊙ z + d(r⊙h) ⊙ r + the gates' part, plus, where the layer returns
     * every step, dL/dh_{t−1} from the layer above ({@code above} at {@code aboveOffset}, or null).
     */
    static void hiddenBefore(int t, int n, float[] gates, float[] dh, float[] dResetHidden, float[] fromGates,
                             float[] above, int aboveOffset, float[] dhBefore) {
        int gate = t * 3 * n;
        for (int i = 0; i < n; i++) {
            float sum = dh[i] * gates[gate + i] + dResetHidden[i] * gates[gate + n + i] + fromGates[i];
            dhBefore[i] = above != null ? sum + above[aboveOffset + i] : sum;
        }
    }
}
