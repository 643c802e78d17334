package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.AddOp;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.MulOp;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Sigmoid;
import org.nd4j.linalg.factory.Nd4j;

import static dev.deepcanvas.graph.dl4j.FusedLstmHelper.step;
import static org.nd4j.linalg.indexing.NDArrayIndex.all;
import static org.nd4j.linalg.indexing.NDArrayIndex.interval;
import static org.nd4j.linalg.indexing.NDArrayIndex.point;

/**
 * {@link GruLayer}'s forward and backward pass computed directly, instead of through the SameDiff graph DL4J builds
 * from its definition (fifty unrolled steps of small SameDiff ops, each a separate native call with its own
 * bookkeeping, and a gradient graph twice that size). Same configuration, parameters and gradient layout
 * ({@link FusedGru#install}); the maths is {@link GruLayer}'s, the reset gate applied before the recurrent product:
 * <pre>
 * z = σ(x·Wz + h·Uz + bz),  r = σ(x·Wr + h·Ur + br),  n = tanh(x·Wn + (r ⊙ h)·Un + bn),  h' = n + z ⊙ (h − n)
 * </pre>
 * with h = 0 before the first step. Like the SameDiff definition it reads no mask.
 *
 * <p>Its gradients are the true ones. DL4J's own pass for this layer returns twice them ({@link SameDiffBridge});
 * where this layer falls back to it (an input it does not handle), {@link ExactSameDiffLayer} divides that out.
 *
 * <p>Layout, as in {@link FusedLstmHelper}: every per-step quantity is held transposed ({@code [·, batch]}, C order),
 * so that each gate of a step is one contiguous block. One step's column is
 * {@code [h_{t−1} ; x_t ; 1 ; r⊙h_{t−1}]}: its first {@code units + nIn + 1} rows feed the z and r gates, its last
 * {@code nIn + 1 + units} rows the candidate, so each is one matrix product with the weights stacked to match
 * ({@code [Uzr ; Wzr ; bzr]ᵀ} and {@code [Wn ; bn ; Un]ᵀ}). A training forward pass is kept for the backward pass of
 * the same step (recognised by the same input array), as the fused LSTM does.
 */
final class FusedGruLayer extends ExactSameDiffLayer {

    private GruPass kept;
    /** Java copies and scratch arrays of the backward pass (0–8) and of the forward pass's new hidden state (9–11). */
    private final ScratchArrays scratch = new ScratchArrays(12);
    /** Passes it computed itself (tests check the reuse). */
    int forwardPasses;
    int backwardPasses;

    FusedGruLayer(NeuralNetConfiguration conf, DataType dataType) {
        super(conf, dataType);
    }

    private GruLayer gru() {
        return (GruLayer) layerConf();
    }

    private boolean handles() {
        INDArray w = getParam(GruLayer.INPUT_WEIGHTS);
        return input != null && input.rank() == 3 && w.dataType() == DataType.FLOAT && input.dataType() == w.dataType()
                && input.size(1) == w.size(0) && input.size(2) > 0;
    }

    @Override
    public INDArray activate(boolean training, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(false);
        if (!handles()) {
            kept = null;
            return super.activate(training, workspaceMgr);
        }
        GruPass pass = forward(training ? ArrayType.ACTIVATIONS : ArrayType.FF_WORKING_MEM, workspaceMgr);
        kept = training ? pass : null;
        INDArray out = gru().isReturnSequences() ? pass.sequence() : pass.last();
        return workspaceMgr.leverageTo(ArrayType.ACTIVATIONS, out);
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(INDArray epsilon, LayerWorkspaceMgr workspaceMgr) {
        assertInputSet(true);
        if (!handles()) {
            return super.backpropGradient(epsilon, workspaceMgr);
        }
        GruPass pass = kept != null && kept.input == input ? kept : forward(ArrayType.BP_WORKING_MEM, workspaceMgr);
        kept = null;
        backwardPasses++;
        return backward(pass, epsilon, workspaceMgr);
    }

    /** DL4J clears a layer at the end of every step and every inference call: nothing kept outlives it. */
    @Override
    public void clear() {
        super.clear();
        kept = null;
    }

    private GruPass forward(ArrayType keptIn, LayerWorkspaceMgr mgr) {
        forwardPasses++;
        INDArray w = getParam(GruLayer.INPUT_WEIGHTS);
        INDArray u = getParam(GruLayer.RECURRENT_WEIGHTS);
        INDArray b = getParam(GruLayer.BIAS);
        DataType type = w.dataType();
        long batch = input.size(0);
        long nIn = w.size(0);
        long units = u.size(0);
        int steps = (int) input.size(2);
        GruPass.Rows rows = new GruPass.Rows(nIn, units);

        INDArray gateWeights = mgr.createUninitialized(keptIn, type, new long[] {2 * units, rows.gateInputs()}, 'c');
        gateWeights.get(all(), interval(0, units)).assign(u.get(all(), interval(0, 2 * units)).transpose());
        gateWeights.get(all(), interval(units, units + nIn)).assign(w.get(all(), interval(0, 2 * units)).transpose());
        gateWeights.get(all(), interval(units + nIn, units + nIn + 1))
                .assign(b.get(all(), interval(0, 2 * units)).reshape(2 * units, 1));
        INDArray candidateWeights = mgr.createUninitialized(keptIn, type, new long[] {units,
                rows.candidateInputs()}, 'c');
        candidateWeights.get(all(), interval(0, nIn)).assign(w.get(all(), interval(2 * units, 3 * units))
                .transpose());
        candidateWeights.get(all(), interval(nIn, nIn + 1))
                .assign(b.get(all(), interval(2 * units, 3 * units)).reshape(units, 1));
        candidateWeights.get(all(), interval(nIn + 1, nIn + 1 + units))
                .assign(u.get(all(), interval(2 * units, 3 * units)).transpose());

        // slot t: [h_{t−1} ; x_t ; 1 ; r⊙h_{t−1}]; slot T holds only h_{T−1}
        INDArray columns = mgr.createUninitialized(keptIn, type, new long[] {steps + 1, rows.all(), batch}, 'c');
        // h_{−1} = 0; every later slot's h is written by the step before it reads it. (Zeroing the h rows of every
        // slot, a strided view, took libnd4j 5 ms per pass: a tenth of the bench GRU's training step.)
        columns.get(point(0), interval(0, units), all()).assign(0);
        columns.get(interval(0, steps), interval(units, units + nIn), all()).assign(input.permute(2, 1, 0));
        columns.get(all(), interval(units + nIn, units + nIn + 1), all()).assign(1.0);
        INDArray gates = mgr.createUninitialized(keptIn, type, new long[] {steps, 3 * units, batch}, 'c');

        GruPass pass = new GruPass(input, rows, gateWeights, candidateWeights, columns, gates, steps);
        for (int t = 0; t < steps; t++) {
            GruPass.Step s = pass.step(t);
            Nd4j.gemm(gateWeights, s.gateInputs(), s.zr(), false, false, 1.0, 0.0);
            Nd4j.exec(new Sigmoid(s.zr(), s.zr()));
            Nd4j.exec(new MulOp(s.r(), s.hiddenBefore(), s.resetHidden()));
            Nd4j.gemm(candidateWeights, s.candidateInputs(), s.n(), false, false, 1.0, 0.0);
            FastTanh.apply(s.n(), s.n());
            nextHidden(s, (int) (units * batch));
        }
        return pass;
    }

    /**
     * {@code h_t = n + z ⊙ (h_{t−1} − n)} as one Java loop with the float operations, in their order, of the three
     * libnd4j calls it replaces (subtract, multiply, add), so to the bit the same; one call's overhead was larger
     * than its arithmetic on these {@code [units, batch]} blocks.
     */
    private void nextHidden(GruPass.Step s, int size) {
        float[] n = scratch.get(9, size);
        float[] z = scratch.get(10, size);
        float[] h = scratch.get(11, size);
        NativeFloats.of(s.n()).get(0, n, 0, size);
        NativeFloats.of(s.z()).get(0, z, 0, size);
        NativeFloats.of(s.hiddenBefore()).get(0, h, 0, size);
        nextHidden(n, z, h, size);
        NativeFloats.of(s.hiddenOut()).put(0, h, 0, size);
    }

    /** {@code h = n + z ⊙ (h − n)} over the first {@code size} elements, in place. */
    static void nextHidden(float[] n, float[] z, float[] h, int size) {
        for (int i = 0; i < size; i++) {
            float difference = h[i] - n[i];
            difference = difference * z[i];
            h[i] = n[i] + difference;
        }
    }

    private Pair<Gradient, INDArray> backward(GruPass pass, INDArray epsilon, LayerWorkspaceMgr mgr) {
        GruPass.Rows rows = pass.rows;
        long units = rows.units();
        long nIn = rows.nIn();
        int steps = pass.steps;
        DataType type = pass.gates.dataType();
        long batch = pass.columns.size(2);
        ArrayType work = ArrayType.BP_WORKING_MEM;

        INDArray dGateWeights = mgr.create(work, type, new long[] {2 * units, rows.gateInputs()}, 'c');
        INDArray dCandidateWeights = mgr.create(work, type, new long[] {units, rows.candidateInputs()}, 'c');
        INDArray dInput = mgr.createUninitialized(ArrayType.ACTIVATION_GRAD, type, new long[] {steps, nIn, batch}, 'c');
        INDArray dZr = mgr.createUninitialized(work, type, new long[] {2 * units, batch}, 'c');
        INDArray dN = mgr.createUninitialized(work, type, new long[] {units, batch}, 'c');
        INDArray dGateInputs = mgr.createUninitialized(work, type, new long[] {rows.gateInputs(), batch}, 'c');
        INDArray dCandidateInputs = mgr.createUninitialized(work, type, new long[] {rows.candidateInputs(), batch},
                'c');
        boolean sequence = gru().isReturnSequences();
        // read through a copy: a transposed view of the incoming array itself failed in training (ND4J found no
        // buffer behind it), while reading it whole, as this copy does, works
        INDArray incoming = epsilon.dup();
        // dL/dh from the layer above, per step ([T, units, batch]) or for the last step only ([units, batch])
        INDArray above = sequence
                ? mgr.createUninitialized(work, type, new long[] {steps, units, batch}, 'c')
                .assign(incoming.permute(2, 1, 0))
                : mgr.createUninitialized(work, type, new long[] {units, batch}, 'c').assign(incoming.transpose());

        // the element-wise work runs in Java (GruStepGradients) on copies of the pass's arrays
        int n = (int) (units * batch);
        int columnLength = (int) (rows.all() * batch);
        float[] gates = scratch.copyOf(0, pass.gates);
        float[] columns = scratch.copyOf(1, pass.columns);
        float[] fromAbove = scratch.copyOf(2, above);
        float[] dh = scratch.get(3, n);
        float[] dhBefore = scratch.get(4, n);
        float[] dzr = scratch.get(5, 2 * n);
        float[] dn = scratch.get(6, n);
        float[] dResetHidden = scratch.get(7, n);
        float[] fromGates = scratch.get(8, n);
        System.arraycopy(fromAbove, sequence ? (steps - 1) * n : 0, dh, 0, n);
        java.nio.FloatBuffer dZrNative = NativeFloats.of(dZr);
        java.nio.FloatBuffer dNNative = NativeFloats.of(dN);
        java.nio.FloatBuffer dCandidateNative = NativeFloats.of(dCandidateInputs);
        java.nio.FloatBuffer dGateNative = NativeFloats.of(dGateInputs);
        for (int t = steps - 1; t >= 0; t--) {
            GruPass.Step s = pass.step(t);
            GruStepGradients.update(t, n, gates, columns, columnLength, dh, dzr, dn);
            dNNative.put(0, dn, 0, n);
            // d[x ; 1 ; r⊙h] from the candidate's product
            Nd4j.gemm(pass.candidateWeights, dN, dCandidateInputs, true, false, 1.0, 0.0);
            dCandidateNative.get((int) ((nIn + 1) * batch), dResetHidden, 0, n);
            GruStepGradients.reset(t, n, gates, columns, columnLength, dResetHidden, dzr);
            dZrNative.put(0, dzr, 0, 2 * n);
            // d[h ; x ; 1] from the gates' product
            Nd4j.gemm(pass.gateWeights, dZr, dGateInputs, true, false, 1.0, 0.0);
            dGateNative.get(0, fromGates, 0, n);
            GruStepGradients.hiddenBefore(t, n, gates, dh, dResetHidden, fromGates, sequence && t > 0
                    ? fromAbove : null, (t - 1) * n, dhBefore);
            Nd4j.exec(new AddOp(dGateInputs.get(interval(units, units + nIn), all()),
                    dCandidateInputs.get(interval(0, nIn), all()), step(dInput, t)));
            Nd4j.gemm(dZr, s.gateInputs(), dGateWeights, false, true, 1.0, 1.0);
            Nd4j.gemm(dN, s.candidateInputs(), dCandidateWeights, false, true, 1.0, 1.0);
            float[] swap = dh;
            dh = dhBefore;
            dhBefore = swap;
        }

        INDArray dw = gradTable.get(GruLayer.INPUT_WEIGHTS);
        INDArray du = gradTable.get(GruLayer.RECURRENT_WEIGHTS);
        INDArray db = gradTable.get(GruLayer.BIAS);
        du.get(all(), interval(0, 2 * units)).assign(dGateWeights.get(all(), interval(0, units)).transpose());
        dw.get(all(), interval(0, 2 * units)).assign(dGateWeights.get(all(), interval(units, units + nIn))
                .transpose());
        db.get(all(), interval(0, 2 * units)).assign(dGateWeights.get(all(), interval(units + nIn, units + nIn + 1))
                .reshape(1, 2 * units));
        dw.get(all(), interval(2 * units, 3 * units)).assign(dCandidateWeights.get(all(), interval(0, nIn))
                .transpose());
        db.get(all(), interval(2 * units, 3 * units)).assign(dCandidateWeights.get(all(), interval(nIn, nIn + 1))
                .reshape(1, units));
        du.get(all(), interval(2 * units, 3 * units)).assign(dCandidateWeights.get(all(),
                interval(nIn + 1, nIn + 1 + units)).transpose());

        Gradient gradient = new DefaultGradient();
        for (String key : paramTable.keySet()) {
            gradient.gradientForVariable().put(key, gradTable.get(key));
        }
        return new Pair<>(gradient, dInput.permute(2, 1, 0));
    }
}
