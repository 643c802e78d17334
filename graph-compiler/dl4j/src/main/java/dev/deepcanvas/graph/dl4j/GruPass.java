package dev.deepcanvas.graph.dl4j;

import org.nd4j.linalg.api.ndarray.INDArray;

import static org.nd4j.linalg.indexing.NDArrayIndex.all;
import static org.nd4j.linalg.indexing.NDArrayIndex.interval;
import static org.nd4j.linalg.indexing.NDArrayIndex.point;

/**
 * What {@link FusedGruLayer}'s forward pass keeps for its backward pass: the stacked weights, every step's column
 * {@code [h_{t−1} ; x_t ; 1 ; r⊙h_{t−1}]} and every step's gates {@code [z ; r ; n]}, all C-ordered with the step as
 * the leading dimension and each step transposed ({@code [·, batch]}).
 */
final class GruPass {

    /** The input the pass was computed from, to recognise the backward pass of the same step. */
    final INDArray input;
    final Rows rows;
    /** [Uzr ; Wzr ; bzr]ᵀ, {@code [2·units, units + nIn + 1]}. */
    final INDArray gateWeights;
    /** [Wn ; bn ; Un]ᵀ, {@code [units, nIn + 1 + units]}. */
    final INDArray candidateWeights;
    /** {@code [T+1, units + nIn + 1 + units, batch]}. */
    final INDArray columns;
    /** {@code [T, 3·units, batch]}: z, r, n after their non-linearities. */
    final INDArray gates;
    final int steps;
    private final Step[] views;

    GruPass(INDArray input, Rows rows, INDArray gateWeights, INDArray candidateWeights, INDArray columns,
            INDArray gates, int steps) {
        this.input = input;
        this.rows = rows;
        this.gateWeights = gateWeights;
        this.candidateWeights = candidateWeights;
        this.columns = columns;
        this.gates = gates;
        this.steps = steps;
        this.views = new Step[steps];
    }

    /** Step t's views, made once for both passes (each view costs ND4J a native shape buffer). */
    Step step(int t) {
        Step s = views[t];
        if (s == null) {
            s = Step.of(this, t);
            views[t] = s;
        }
        return s;
    }

    /** DL4J's {@code [batch, units, T]} view of every step's output. */
    INDArray sequence() {
        return columns.get(interval(1, steps + 1), interval(0, rows.units()), all()).permute(2, 1, 0);
    }

    /** The last step's output, {@code [batch, units]}. */
    INDArray last() {
        return columns.get(point(steps), interval(0, rows.units()), all()).transpose();
    }

    /** The row layout of a step's column. */
    record Rows(long nIn, long units) {

        /** h, x and the 1 of the bias: what the z and r gates read. */
        long gateInputs() {
            return units + nIn + 1;
        }

        /** x, the 1 and r⊙h: what the candidate reads. */
        long candidateInputs() {
            return nIn + 1 + units;
        }

        long all() {
            return units + nIn + 1 + units;
        }
    }

    /** One step's contiguous {@code [·, batch]} blocks. */
    record Step(INDArray zr, INDArray z, INDArray r, INDArray n, INDArray gateInputs, INDArray candidateInputs,
                INDArray hiddenBefore, INDArray resetHidden, INDArray hiddenOut) {

        static Step of(GruPass pass, int t) {
            long units = pass.rows.units();
            long nIn = pass.rows.nIn();
            INDArray g = FusedLstmHelper.step(pass.gates, t);
            INDArray column = FusedLstmHelper.step(pass.columns, t);
            return new Step(g.get(interval(0, 2 * units), all()), g.get(interval(0, units), all()),
                    g.get(interval(units, 2 * units), all()), g.get(interval(2 * units, 3 * units), all()),
                    column.get(interval(0, pass.rows.gateInputs()), all()),
                    column.get(interval(units, pass.rows.all()), all()),
                    column.get(interval(0, units), all()),
                    column.get(interval(units + nIn + 1, pass.rows.all()), all()),
                    FusedLstmHelper.step(pass.columns, t + 1).get(interval(0, units), all()));
        }
    }
}
