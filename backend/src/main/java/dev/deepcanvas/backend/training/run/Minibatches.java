package dev.deepcanvas.backend.training.run;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Cuts a training part into shuffled minibatches of any number of arrays of any rank (vectors, images, token and
 * one-hot sequences). The order comes from a seed, so a resumed run sees the same batches an uninterrupted one
 * would have; the shared dataset arrays are only read, never shuffled in place.
 */
public final class Minibatches {

    private final MultiDataSet data;
    private final int examples;

    public Minibatches(MultiDataSet data) {
        this.data = data;
        this.examples = (int) data.getFeatures(0).size(0);
    }

    public int examples() {
        return examples;
    }

    public long perEpoch(int batchSize) {
        return perEpoch(examples, batchSize);
    }

    /** The batches an epoch over {@code examples} takes: the last one may be short. */
    public static long perEpoch(long examples, int batchSize) {
        return (examples + batchSize - 1) / batchSize;
    }

    /** The batches of one epoch, in the order the seed gives. */
    public List<MultiDataSet> epoch(long seed, int batchSize) {
        int[] order = Permutation.random(examples, new Random(seed));
        List<MultiDataSet> batches = new ArrayList<>();
        for (int from = 0; from < examples; from += batchSize) {
            int[] rows = java.util.Arrays.copyOfRange(order, from, Math.min(examples, from + batchSize));
            batches.add(new MultiDataSet(rows(data.getFeatures(), rows), rows(data.getLabels(), rows)));
        }
        return batches;
    }

    private static INDArray[] rows(INDArray[] arrays, int[] rows) {
        INDArray[] picked = new INDArray[arrays.length];
        for (int i = 0; i < arrays.length; i++) {
            picked[i] = rows(arrays[i], rows);
        }
        return picked;
    }

    /** Gathers whole examples: viewed as [N, everything else], pulled row by row, then given their shape back. */
    static INDArray rows(INDArray array, int[] rows) {
        long[] shape = array.shape();
        long perExample = array.length() / shape[0];
        INDArray flat = array.reshape('c', shape[0], perExample);
        INDArray picked = Nd4j.pullRows(flat, 1, rows);
        long[] target = shape.clone();
        target[0] = rows.length;
        return picked.reshape('c', target);
    }
}
