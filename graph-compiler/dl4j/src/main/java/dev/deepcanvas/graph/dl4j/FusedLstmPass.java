package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.layers.recurrent.FwdPassReturn;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * What {@link FusedLstmHelper}'s forward pass keeps for its backward pass. All arrays are C-ordered with the time
 * step as the leading dimension and each step transposed ({@code [·, batch]}), so that every gate of a step is one
 * contiguous block.
 */
final class FusedLstmPass extends FwdPassReturn {

    /** The input the pass was computed from, to recognise the backward pass's repeat of the forward pass. */
    final INDArray input;
    final INDArray inputWeights;
    final INDArray recurrentWeights;
    final INDArray biases;
    /** [inputWeights ; recurrentWeights ; bias]ᵀ, {@code [4·units, nIn + units + 1]}. */
    final INDArray weights;
    /** Per step the column [x_t ; h_{t−1} ; 1], {@code [T+1, nIn + units + 1, batch]}; slot T holds h_{T−1}. */
    final INDArray columns;
    /** Every step's activated gates, {@code [T, 4·units, batch]}, order a, f, o, g. */
    final INDArray gates;
    /** c_0 … c_T, {@code [T+1, units, batch]}. */
    final INDArray cells;
    /** tanh(c_t) per step, {@code [T, units, batch]}. */
    final INDArray cellActivations;
    /** Views of each step's gates, cell states and columns, made once for both passes. */
    final FusedLstmStep[] steps;

    FusedLstmPass(INDArray input, INDArray inputWeights, INDArray recurrentWeights, INDArray biases, INDArray weights,
                  INDArray columns, INDArray gates, INDArray cells, INDArray cellActivations, FusedLstmStep[] steps) {
        this.input = input;
        this.inputWeights = inputWeights;
        this.recurrentWeights = recurrentWeights;
        this.biases = biases;
        this.weights = weights;
        this.columns = columns;
        this.gates = gates;
        this.cells = cells;
        this.cellActivations = cellActivations;
        this.steps = steps;
    }

    /**
     * Whether this pass was computed from these arrays: the same input and parameter objects (DL4J does not change
     * them between a step's forward and backward pass) and an equal initial state. The state is compared by value:
     * DL4J makes a fresh array of zeros for each call without one, and under truncated BPTT its backward pass
     * starts from a different state than its forward pass did.
     */
    boolean computedFrom(INDArray input, INDArray inputWeights, INDArray recurrentWeights, INDArray biases,
                         INDArray h0, INDArray c0) {
        // the pass's own copies of its initial state (the arrays DL4J passed in may be gone with their workspace)
        return this.input == input && this.inputWeights == inputWeights && this.recurrentWeights == recurrentWeights
                && this.biases == biases && steps[0].hiddenBefore().equals(h0.transpose())
                && steps[0].cellBefore().equals(c0.transpose());
    }
}
