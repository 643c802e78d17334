package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.conf.dropout.IDropout;
import org.deeplearning4j.nn.workspace.LayerWorkspaceMgr;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.rng.Random;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.INDArrayIndex;
import org.nd4j.linalg.indexing.NDArrayIndex;
import org.nd4j.shade.jackson.annotation.JsonCreator;
import org.nd4j.shade.jackson.annotation.JsonProperty;

import java.util.Objects;

/**
 * Moves every picture of a training batch by its own random whole number of pixels, at most {@code maxRows} down or
 * up and {@code maxColumns} across, filling what comes into view with zeros. A DL4J {@link IDropout}, so that a
 * {@code DropoutLayer} applies it while training only. The backward pass moves each gradient back by the same amount:
 * a GAN's generator learns through it, which is what lets it augment real and generated pictures alike (the
 * differentiable augmentation of data-efficient GAN training) without teaching the generator to draw moved pictures.
 *
 * <p>Pictures are NCHW, as everywhere in DeepCanvas. The shifts of the last forward pass are kept for its backward
 * pass, as DL4J's own dropout keeps its mask; they are not part of the configuration.
 */
public final class RandomShift implements IDropout {

    private final int maxRows;
    private final int maxColumns;
    private transient int[] rowShifts;
    private transient int[] columnShifts;

    @JsonCreator
    public RandomShift(@JsonProperty("maxRows") int maxRows, @JsonProperty("maxColumns") int maxColumns) {
        if (maxRows < 0 || maxColumns < 0) {
            throw new IllegalArgumentException("shifts must not be negative: " + maxRows + ", " + maxColumns);
        }
        this.maxRows = maxRows;
        this.maxColumns = maxColumns;
    }

    public int getMaxRows() {
        return maxRows;
    }

    public int getMaxColumns() {
        return maxColumns;
    }

    @Override
    public INDArray applyDropout(INDArray input, INDArray output, int iteration, int epoch,
                                 LayerWorkspaceMgr workspaceMgr) {
        requireImages(input);
        int n = (int) input.size(0);
        Random random = Nd4j.getRandom();
        rowShifts = new int[n];
        columnShifts = new int[n];
        for (int i = 0; i < n; i++) {
            rowShifts[i] = random.nextInt(2 * maxRows + 1) - maxRows;
            columnShifts[i] = random.nextInt(2 * maxColumns + 1) - maxColumns;
        }
        move(input, output, 1);
        return output;
    }

    @Override
    public INDArray backprop(INDArray gradAtOutput, INDArray gradAtInput, int iteration, int epoch) {
        if (rowShifts == null || rowShifts.length != gradAtOutput.size(0)) {
            throw new IllegalStateException("RandomShift: backprop without the forward pass of the same batch");
        }
        move(gradAtOutput, gradAtInput, -1);
        return gradAtInput;
    }

    /**
     * to[i] = from[i] moved by direction × its shift. The work happens on plain arrays: DL4J may hand in a view (a
     * cropped picture) or the same array as input and output, and ND4J mishandles sub-views of some views.
     */
    private void move(INDArray from, INDArray to, int direction) {
        INDArray source = from.isView() || from == to ? from.dup('c') : from;
        INDArray result = to.isView() || to == from ? Nd4j.zeros(from.dataType(), from.shape()) : to.assign(0);
        long height = from.size(2);
        long width = from.size(3);
        for (int i = 0; i < rowShifts.length; i++) {
            int dy = direction * rowShifts[i];
            int dx = direction * columnShifts[i];
            if (Math.abs(dy) >= height || Math.abs(dx) >= width) {
                continue; // moved wholly out of view: all zeros
            }
            result.get(NDArrayIndex.point(i), NDArrayIndex.all(), span(dy, height, true), span(dx, width, true))
                    .assign(source.get(NDArrayIndex.point(i), NDArrayIndex.all(), span(dy, height, false),
                            span(dx, width, false)));
        }
        if (result != to) {
            to.assign(result);
        }
    }

    /** The rows (or columns) a shift by {@code d} writes to ({@code target}) or reads from. */
    private static INDArrayIndex span(int d, long size, boolean target) {
        long start = target ? Math.max(d, 0) : Math.max(-d, 0);
        return NDArrayIndex.interval(start, start + size - Math.abs(d));
    }

    private static void requireImages(INDArray input) {
        if (input.rank() != 4) {
            throw new IllegalArgumentException("RandomShift moves pictures [batch, channels, height, width]; got rank "
                    + input.rank());
        }
    }

    @Override
    public void clear() {
        rowShifts = null;
        columnShifts = null;
    }

    @Override
    public IDropout clone() {
        return new RandomShift(maxRows, maxColumns);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RandomShift r && r.maxRows == maxRows && r.maxColumns == maxColumns;
    }

    @Override
    public int hashCode() {
        return Objects.hash(maxRows, maxColumns);
    }

    @Override
    public String toString() {
        return "RandomShift(maxRows=" + maxRows + ", maxColumns=" + maxColumns + ")";
    }
}
