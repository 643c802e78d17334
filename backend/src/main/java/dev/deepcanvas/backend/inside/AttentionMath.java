package dev.deepcanvas.backend.inside;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Multi-head scaled dot-product attention worked out step by step from a trained layer's parameters, as DL4J's
 * {@code multi_head_dot_product_attention} computes it (its attention vertex and layers), keeping what DL4J throws
 * away: the attention weights. Everything is computed in doubles.
 *
 * <p>DL4J's layout: queries {@code [features, queryCount]}, keys and values {@code [features, keyCount]} (one example,
 * time along columns); {@code Wq}, {@code Wk}, {@code Wv} are {@code [heads, headSize, features]} and {@code Wo} is
 * {@code [heads × headSize, out]}. Each head projects the three inputs, scores every key against every query by
 * their dot product divided by √headSize, turns a query's scores into shares of 1 over the keys (softmax), mixes the
 * projected values by those shares, and the heads' mixtures, one above the other, are projected to the output.
 */
final class AttentionMath {

    private AttentionMath() {
    }

    /**
     * @param output  the layer's output {@code [out, queryCount]}
     * @param weights per head, per query step, the share each key step gets: {@code [head][query][key]}
     */
    record Attended(INDArray output, double[][][] weights) {
    }

    /** Projected attention, as the compiler always configures it ({@code projectInput}). */
    static Attended attend(INDArray queries, INDArray keys, INDArray values, INDArray wq, INDArray wk,
                           INDArray wv, INDArray wo) {
        int heads = (int) wq.size(0);
        int headSize = (int) wq.size(1);
        INDArray q = doubles(queries);
        INDArray k = doubles(keys);
        INDArray v = doubles(values);
        INDArray mixed = Nd4j.create(DataType.DOUBLE, (long) heads * headSize, q.size(1));
        double[][][] weights = new double[heads][][];
        for (int h = 0; h < heads; h++) {
            INDArray qh = doubles(wq.slice(h)).mmul(q);
            INDArray kh = doubles(wk.slice(h)).mmul(k);
            INDArray vh = doubles(wv.slice(h)).mmul(v);
            weights[h] = shares(kh, qh, headSize);
            INDArray mixture = vh.mmul(keysByQueries(weights[h]));
            for (int row = 0; row < headSize; row++) {
                mixed.putRow((long) h * headSize + row, mixture.getRow(row));
            }
        }
        return new Attended(doubles(wo).transpose().mmul(mixed), weights);
    }

    /** Without projection (one head, the inputs as they are), as DL4J's {@code dot_product_attention}. */
    static Attended attendUnprojected(INDArray queries, INDArray keys, INDArray values) {
        INDArray q = doubles(queries);
        INDArray k = doubles(keys);
        double[][] weights = shares(k, q, (int) k.size(0));
        return new Attended(doubles(values).mmul(keysByQueries(weights)), new double[][][]{weights});
    }

    /**
     * For every query (column of {@code q}), softmax over the keys (columns of {@code k}) of their dot products
     * divided by √{@code scaleSize}: {@code [query][key]}, each row summing to 1.
     */
    private static double[][] shares(INDArray k, INDArray q, int scaleSize) {
        double[][] scores = k.transpose().mmul(q).toDoubleMatrix(); // [key][query]
        int keyCount = scores.length;
        int queryCount = scores[0].length;
        double scale = Math.sqrt(scaleSize);
        double[][] shares = new double[queryCount][keyCount];
        for (int query = 0; query < queryCount; query++) {
            // the largest score is taken off first so that exp never overflows; the shares are the same
            double largest = Double.NEGATIVE_INFINITY;
            for (int key = 0; key < keyCount; key++) {
                largest = Math.max(largest, scores[key][query] / scale);
            }
            double sum = 0;
            for (int key = 0; key < keyCount; key++) {
                shares[query][key] = Math.exp(scores[key][query] / scale - largest);
                sum += shares[query][key];
            }
            for (int key = 0; key < keyCount; key++) {
                shares[query][key] /= sum;
            }
        }
        return shares;
    }

    /** The {@code [query][key]} shares as the {@code [keys, queries]} matrix that mixes the value columns. */
    private static INDArray keysByQueries(double[][] shares) {
        return Nd4j.createFromArray(shares).transpose().dup('c');
    }

    static INDArray doubles(INDArray array) {
        return array.castTo(DataType.DOUBLE);
    }
}
