package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.gradient.DefaultGradient;
import org.deeplearning4j.nn.gradient.Gradient;
import org.deeplearning4j.nn.layers.recurrent.FwdPassReturn;
import org.deeplearning4j.nn.layers.recurrent.LSTMHelper;
import org.deeplearning4j.nn.workspace.ArrayType;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.common.primitives.Pair;
import org.nd4j.linalg.activations.IActivation;
import org.nd4j.linalg.activations.impl.ActivationSigmoid;
import org.nd4j.linalg.activations.impl.ActivationTanH;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.impl.transforms.pairwise.arithmetic.MulOp;
import org.nd4j.linalg.api.ops.impl.transforms.strict.Sigmoid;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Map;

import static org.nd4j.linalg.indexing.NDArrayIndex.all;
import static org.nd4j.linalg.indexing.NDArrayIndex.interval;
import static org.nd4j.linalg.indexing.NDArrayIndex.point;

/**
 * A faster forward and backward pass for DL4J's {@code LSTM} layer, plugged in through the layer's own helper
 * hook (the one cuDNN uses on GPUs), so the layer's configuration, parameters and saved files stay DL4J's.
 *
 * <p>Why it is faster (docs/performance.md, "What limits the LSTM"): DL4J's own pass issues about twenty small
 * native calls per time step, runs its element-wise work on strided views (which libnd4j handles several times
 * slower than contiguous arrays), and runs the forward pass twice per training step. This one
 * <ul>
 *   <li>per step does one matrix product for all four gates, input, recurrent part and bias together, and seven
 *       element-wise calls forward; backward, two products and one loop in Java for the element-wise work
 *       ({@link LstmStepGradients});</li>
 *   <li>holds every step transposed, so each gate of a step is one contiguous block (see {@link #forward});</li>
 *   <li>keeps the forward pass of a training step for that step's backward pass (DL4J without a cache mode runs the
 *       forward pass a second time inside backprop).</li>
 * </ul>
 * The maths is DL4J's LSTM without peepholes, gate order a (block input), f, o, g: c_t = f⊙c_{t−1} + g⊙a,
 * h_t = o⊙tanh(c_t). It answers only for what it implements — sigmoid gates, tanh activation, forward direction,
 * no mask — and returns null otherwise, which makes DL4J use its own pass (the backward pass follows whichever
 * forward pass ran).
 * One instance per layer: it holds that layer's last training pass.
 */
final class FusedLstmHelper implements LSTMHelper {

    private FusedLstmPass lastTrainingPass;
    /** Java copies and scratch arrays of the backward pass. */
    private final ScratchArrays scratch = new ScratchArrays(7);
    /** How often this layer ran its own forward and backward pass (tests check the reuse). */
    int forwardPasses;
    int backwardPasses;

    @Override
    public boolean checkSupported(IActivation gateActivationFn, IActivation activationFn,
                                  boolean hasPeepholeConnections) {
        return gateActivationFn instanceof ActivationSigmoid && activationFn instanceof ActivationTanH
                && !hasPeepholeConnections;
    }

    @Override
    public boolean checkSupported() {
        return true;
    }

    @Override
    public Map<String, Long> helperMemoryUse() {
        return Map.of();
    }

    @Override
    public FwdPassReturn activate(Layer layer, NeuralNetConfiguration conf, IActivation gateActivationFn,
                                  INDArray input, INDArray recurrentWeights, INDArray inputWeights, INDArray biases,
                                  boolean training, INDArray prevOutputActivations, INDArray prevMemCellState,
                                  boolean forBackprop, boolean forwards, String inputWeightKey, INDArray maskArray,
                                  boolean hasPeepholeConnections, LayerWorkspaceMgr workspaceMgr) {
        IActivation activation = ((BaseLayer) conf.getLayer()).getActivationFn();
        if (!forwards || maskArray != null || input.rank() != 3 || input.size(2) == 0
                || inputWeights.dataType() != DataType.FLOAT
                || !checkSupported(gateActivationFn, activation, hasPeepholeConnections)) {
            return null;
        }
        FusedLstmPass cached = lastTrainingPass;
        if (forBackprop && cached != null && cached.computedFrom(input, inputWeights, recurrentWeights, biases,
                prevOutputActivations, prevMemCellState)) {
            return cached;
        }
        // A training forward pass is kept for the backward pass that follows it, so its arrays live in the
        // activations workspace, which DL4J keeps open until the end of the training step.
        ArrayType kept = training ? ArrayType.ACTIVATIONS
                : forBackprop ? ArrayType.BP_WORKING_MEM : ArrayType.FF_WORKING_MEM;
        FusedLstmPass pass = forward(input, inputWeights, recurrentWeights, biases, prevOutputActivations,
                prevMemCellState, kept, workspaceMgr);
        lastTrainingPass = training ? pass : null;
        forwardPasses++;
        return pass;
    }

    /*
     * Layout. Every per-step quantity is held transposed, [units, batch] in C order (DL4J's [batch, units] in F
     * order), so that each gate of a step is one contiguous block: libnd4j runs element-wise calls on contiguous
     * arrays several times faster than on strided views. One step's input column is
     *     xh_t = [x_t ; h_{t−1} ; 1]   (nIn + units + 1 rows, batch columns)
     * and one matrix product with W = [inputWeights ; recurrentWeights ; bias]ᵀ gives all four gates' sums.
     */
    private static FusedLstmPass forward(INDArray input, INDArray inputWeights, INDArray recurrentWeights,
                                         INDArray biases, INDArray h0, INDArray c0, ArrayType kept,
                                         LayerWorkspaceMgr mgr) {
        DataType type = inputWeights.dataType();
        long batch = input.size(0);
        long nIn = input.size(1);
        int steps = (int) input.size(2);
        long units = recurrentWeights.size(0);
        long rows = nIn + units + 1;

        INDArray weights = mgr.createUninitialized(kept, type, new long[] {4 * units, rows}, 'c');
        weights.get(all(), interval(0, nIn)).assign(inputWeights.transpose());
        weights.get(all(), interval(nIn, nIn + units)).assign(recurrentWeights.transpose());
        weights.get(all(), interval(rows - 1, rows)).assign(biases.reshape(4 * units, 1));

        // slot t holds x_t, h_{t−1} and the 1 of the bias; slot T only h_{T−1}
        INDArray columns = mgr.createUninitialized(ArrayType.ACTIVATIONS, type, new long[] {steps + 1, rows, batch},
                'c');
        columns.get(interval(0, steps), interval(0, nIn), all()).assign(input.permute(2, 1, 0));
        columns.get(all(), interval(rows - 1, rows), all()).assign(1.0);
        columns.get(point(0), interval(nIn, nIn + units), all()).assign(h0.transpose());

        INDArray gates = mgr.createUninitialized(kept, type, new long[] {steps, 4 * units, batch}, 'c');
        INDArray cells = mgr.createUninitialized(kept, type, new long[] {steps + 1, units, batch}, 'c');
        INDArray cellActivations = mgr.createUninitialized(kept, type, new long[] {steps, units, batch}, 'c');
        INDArray product = mgr.createUninitialized(kept, type, new long[] {units, batch}, 'c');
        step(cells, 0).assign(c0.transpose());

        FusedLstmStep[] views = new FusedLstmStep[steps];
        for (int t = 0; t < steps; t++) {
            FusedLstmStep v = FusedLstmStep.of(gates, cells, cellActivations, columns, t, nIn, units);
            views[t] = v;
            Nd4j.gemm(weights, v.column(), v.gates(), false, false, 1.0, 0.0);
            FastTanh.apply(v.a(), v.a());
            Nd4j.exec(new Sigmoid(v.sigmoidGates(), v.sigmoidGates()));
            Nd4j.exec(new MulOp(v.f(), v.cellBefore(), v.cell()));
            Nd4j.exec(new MulOp(v.g(), v.a(), product));
            v.cell().addi(product);
            FastTanh.apply(v.cell(), v.cellActivation());
            Nd4j.exec(new MulOp(v.o(), v.cellActivation(), v.hiddenOut()));
        }

        FusedLstmPass pass = new FusedLstmPass(input, inputWeights, recurrentWeights, biases, weights, columns,
                gates, cells, cellActivations, views);
        // DL4J's [batch, units, T] view of the outputs; the stored state for rnnTimeStep is the last step
        pass.fwdPassOutput = columns.get(interval(1, steps + 1), interval(nIn, nIn + units), all())
                .permute(2, 1, 0);
        pass.lastAct = hidden(columns, steps, nIn, units).transpose();
        pass.lastMemCell = views[steps - 1].cell().transpose();
        pass.prevAct = h0;
        pass.prevMemCell = c0;
        return pass;
    }

    @Override
    public Pair<Gradient, INDArray> backpropGradient(NeuralNetConfiguration conf, IActivation gateActivationFn,
                                                     INDArray input, INDArray recurrentWeights,
                                                     INDArray inputWeights, INDArray epsilon, boolean truncatedBPTT,
                                                     int tbpttBackwardLength, FwdPassReturn fwdPass, boolean forwards,
                                                     String inputWeightKey, String recurrentWeightKey,
                                                     String biasWeightKey, Map<String, INDArray> gradientViews,
                                                     INDArray maskArray, boolean hasPeepholeConnections,
                                                     LayerWorkspaceMgr workspaceMgr) {
        if (!(fwdPass instanceof FusedLstmPass pass)) {
            return null; // DL4J ran its own forward pass (activate declined), so it runs its own backward pass
        }
        lastTrainingPass = null;
        backwardPasses++;
        LayerWorkspaceMgr mgr = workspaceMgr;
        ArrayType work = ArrayType.BP_WORKING_MEM;
        DataType type = inputWeights.dataType();
        long batch = epsilon.size(0);
        int steps = (int) epsilon.size(2);
        long units = recurrentWeights.size(0);
        long nIn = inputWeights.size(0);
        long rows = nIn + units + 1;

        // dL/dh per step, transposed; the part that flows back through the recurrence is added step by step
        INDArray dh = mgr.createUninitialized(work, type, new long[] {steps, units, batch}, 'c');
        dh.assign(epsilon.permute(2, 1, 0));
        // dL/d(gate sums) of one step, and dL/d(x_t, h_{t−1}, 1) of every step
        INDArray dz = mgr.createUninitialized(work, type, new long[] {4 * units, batch}, 'c');
        // Truncated BPTT stops at the first step it goes back to; the steps before it get no gradient at all
        int first = truncatedBPTT ? Math.max(0, steps - tbpttBackwardLength) : 0;
        INDArray dColumns = first > 0
                ? mgr.create(ArrayType.ACTIVATION_GRAD, type, new long[] {steps, rows, batch}, 'c')
                : mgr.createUninitialized(ArrayType.ACTIVATION_GRAD, type, new long[] {steps, rows, batch}, 'c');
        INDArray dWeights = mgr.create(work, type, new long[] {4 * units, rows}, 'c');
        // the element-wise work of every step runs in Java (LstmStepGradients) on copies of the pass's arrays
        int n = (int) (units * batch);
        float[] gates = scratch.copyOf(0, pass.gates);
        float[] cells = scratch.copyOf(1, pass.cells);
        float[] activated = scratch.copyOf(2, pass.cellActivations);
        float[] dhAll = scratch.copyOf(3, dh);
        float[] dzHeap = scratch.get(4, 4 * n);
        float[] carried = scratch.get(5, n);
        float[] fromAbove = scratch.get(6, n);
        java.nio.FloatBuffer dzNative = NativeFloats.of(dz);
        INDArray dColumnsAfter = null;
        for (int t = steps - 1; t >= first; t--) {
            FusedLstmStep v = pass.steps[t];
            if (dColumnsAfter != null) {
                NativeFloats.of(dColumnsAfter).get((int) (nIn * batch), fromAbove, 0, n);
            }
            LstmStepGradients.step(t, n, gates, cells, activated, dhAll, dColumnsAfter != null ? fromAbove : null,
                    carried, dzHeap);
            dzNative.put(0, dzHeap, 0, 4 * n);

            INDArray dColumnsNow = step(dColumns, t);
            Nd4j.gemm(pass.weights, dz, dColumnsNow, true, false, 1.0, 0.0);
            Nd4j.gemm(dz, v.column(), dWeights, false, true, 1.0, 1.0);
            dColumnsAfter = dColumnsNow;
        }

        INDArray inputWeightGradient = gradientViews.get(inputWeightKey);
        INDArray recurrentWeightGradient = gradientViews.get(recurrentWeightKey);
        INDArray biasGradient = gradientViews.get(biasWeightKey);
        inputWeightGradient.assign(dWeights.get(all(), interval(0, nIn)).transpose());
        recurrentWeightGradient.assign(dWeights.get(all(), interval(nIn, nIn + units)).transpose());
        biasGradient.assign(dWeights.get(all(), interval(rows - 1, rows)).reshape(biasGradient.shape()));

        Gradient gradient = new DefaultGradient();
        gradient.gradientForVariable().put(inputWeightKey, inputWeightGradient);
        gradient.gradientForVariable().put(recurrentWeightKey, recurrentWeightGradient);
        gradient.gradientForVariable().put(biasWeightKey, biasGradient);
        INDArray epsilonOut = dColumns.get(all(), interval(0, nIn), all()).permute(2, 1, 0);
        return new Pair<>(gradient, epsilonOut);
    }

    /** Step t of a {@code [T, rows, batch]} C-ordered array: a contiguous {@code [rows, batch]} view. */
    static INDArray step(INDArray perStep, int t) {
        return perStep.slice(t);
    }

    /** Gate k (0 a, 1 f, 2 o, 3 g) of one step's {@code [4·units, batch]} block: contiguous rows. */
    static INDArray gate(INDArray stepBlock, int k, long units) {
        return stepBlock.get(interval(k * units, (k + 1) * units), all());
    }

    /** h_{t−1} inside slot t of the input columns. */
    static INDArray hidden(INDArray columns, int slot, long nIn, long units) {
        return step(columns, slot).get(interval(nIn, nIn + units), all());
    }
}
