package dev.deepcanvas.graph.dl4j;

import org.nd4j.linalg.api.ndarray.INDArray;

import static dev.deepcanvas.graph.dl4j.FusedLstmHelper.gate;
import static dev.deepcanvas.graph.dl4j.FusedLstmHelper.hidden;
import static dev.deepcanvas.graph.dl4j.FusedLstmHelper.step;
import static org.nd4j.linalg.indexing.NDArrayIndex.all;
import static org.nd4j.linalg.indexing.NDArrayIndex.interval;

/**
 * One time step's views into {@link FusedLstmHelper}'s arrays, each a contiguous {@code [·, batch]} block. Made once
 * in the forward pass and reused by the backward pass: every view costs ND4J a native shape buffer, and with about
 * a dozen per step that showed up in the profile.
 *
 * @param gates          the step's four gates, {@code [4·units, batch]}, order a, f, o, g
 * @param sigmoidGates   f, o and g together
 * @param cellBefore     c_{t−1}
 * @param cell           c_t
 * @param cellActivation tanh(c_t)
 * @param column         [x_t ; h_{t−1} ; 1]
 * @param hiddenBefore   h_{t−1}: the h rows of the step's column
 * @param hiddenOut      where h_t goes: the h rows of the next step's column
 */
record FusedLstmStep(INDArray gates, INDArray a, INDArray f, INDArray o, INDArray g, INDArray sigmoidGates,
                     INDArray cellBefore, INDArray cell, INDArray cellActivation, INDArray column,
                     INDArray hiddenBefore, INDArray hiddenOut) {

    static FusedLstmStep of(INDArray gates, INDArray cells, INDArray cellActivations, INDArray columns, int t,
                            long nIn, long units) {
        INDArray z = step(gates, t);
        return new FusedLstmStep(z, gate(z, 0, units), gate(z, 1, units), gate(z, 2, units), gate(z, 3, units),
                z.get(interval(units, 4 * units), all()), step(cells, t), step(cells, t + 1),
                step(cellActivations, t), step(columns, t), hidden(columns, t, nIn, units),
                hidden(columns, t + 1, nIn, units));
    }
}
