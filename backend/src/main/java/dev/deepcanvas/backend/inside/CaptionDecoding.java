package dev.deepcanvas.backend.inside;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * A caption as the trained decoder writes it on its own: fed its own previous word at every step instead of the true
 * one, the way the run was scored. Training fed the true previous words; showing the layers for those would hide
 * every mistake that derails the rest of a caption. The decoder reads forwards only, so step t depends on the words
 * before it alone and one forward pass per step settles it.
 */
final class CaptionDecoding {

    private CaptionDecoding() {
    }

    /**
     * @param inputs        the network's inputs for one example, in graph order; not modified
     * @param previousInput which of them holds the previous-word ids, {@code [1, 1, steps]} with the start token at
     *                      step 0
     * @return the previous-word ids the decoder gave itself: the start token, then its own words
     */
    static INDArray greedy(ComputationGraph net, INDArray[] inputs, int previousInput) {
        INDArray[] fed = inputs.clone();
        INDArray previous = inputs[previousInput].dup();
        fed[previousInput] = previous;
        int steps = (int) previous.size(2);
        for (int t = 0; t + 1 < steps; t++) {
            INDArray out = net.output(false, fed)[0];
            int best = out.get(NDArrayIndex.point(0), NDArrayIndex.all(), NDArrayIndex.point(t)).argMax().getInt(0);
            previous.putScalar(new long[]{0, 0, t + 1}, best);
        }
        return previous;
    }
}
