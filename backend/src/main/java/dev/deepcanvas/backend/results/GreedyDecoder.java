package dev.deepcanvas.backend.results;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * Predicts sequences the way a trained decoder is really used: fed its own previous word instead of the true one.
 * Training feeds the true previous words (teacher forcing); scoring with them would hide every mistake that
 * derails the rest of a caption. The decoder must be causal (step t sees only words before t), which a
 * one-directional LSTM or GRU is, so one forward pass per step is enough.
 */
final class GreedyDecoder {

    private GreedyDecoder() {
    }

    /**
     * @param features      the network's inputs in graph order; not modified
     * @param previousInput which of them holds the previous-word ids, [N, 1, T] with the start token at step 0
     * @return the generated ids, {@code [examples][steps]}
     */
    static int[][] decode(ComputationGraph net, INDArray[] features, int previousInput) {
        INDArray[] inputs = features.clone();
        INDArray previous = features[previousInput].dup();
        inputs[previousInput] = previous;
        int n = (int) previous.size(0);
        int steps = (int) previous.size(2);
        int[][] generated = new int[n][steps];
        for (int t = 0; t < steps; t++) {
            INDArray out = net.output(false, inputs)[0];
            INDArray best = out.get(NDArrayIndex.all(), NDArrayIndex.all(), NDArrayIndex.point(t)).argMax(1);
            for (int i = 0; i < n; i++) {
                generated[i][t] = best.getInt(i);
                if (t + 1 < steps) {
                    previous.putScalar(new long[]{i, 0, t + 1}, generated[i][t]);
                }
            }
        }
        return generated;
    }
}
