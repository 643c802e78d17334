package dev.deepcanvas.backend.results;

import dev.deepcanvas.backend.dataset.parsing.Vocabulary;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Random;

/**
 * Lets a next-character model write on from a prompt, one character at a time: the window slides over what it
 * has written so far. Characters are drawn from the model's distribution, sharpened by a temperature below one:
 * always taking the likeliest character makes a small model repeat one phrase forever, while drawing at full
 * temperature makes it misspell. The random source is seeded, so a run always shows the same samples.
 */
final class TextContinuations {

    static final double TEMPERATURE = 0.6;

    private final ComputationGraph net;
    private final Vocabulary vocabulary;
    private final Random random;

    TextContinuations(ComputationGraph net, Vocabulary vocabulary, long seed) {
        this.net = net;
        this.vocabulary = vocabulary;
        this.random = new Random(seed);
    }

    /** Writes {@code length} characters after the prompt ids (as many ids as the model's window). */
    String write(int[] promptIds, int length) {
        int window = promptIds.length;
        int[] ids = promptIds.clone();
        StringBuilder written = new StringBuilder();
        INDArray input = Nd4j.create(net.params().dataType(), 1, 1, window);
        for (int k = 0; k < length; k++) {
            for (int t = 0; t < window; t++) {
                input.putScalar(new long[]{0, 0, t}, ids[t]);
            }
            INDArray out = net.output(false, input)[0];
            int next = draw(out, window - 1);
            written.append(vocabulary.token(next));
            System.arraycopy(ids, 1, ids, 0, window - 1);
            ids[window - 1] = next;
        }
        return written.toString();
    }

    private int draw(INDArray out, int step) {
        int classes = (int) out.size(1);
        double[] weights = new double[classes];
        double total = 0;
        for (int c = 0; c < classes; c++) {
            weights[c] = Math.pow(Math.max(out.getDouble(0, c, step), 1e-12), 1.0 / TEMPERATURE);
            total += weights[c];
        }
        double pick = random.nextDouble() * total;
        for (int c = 0; c < classes; c++) {
            pick -= weights[c];
            if (pick <= 0) {
                return c;
            }
        }
        return classes - 1;
    }
}
