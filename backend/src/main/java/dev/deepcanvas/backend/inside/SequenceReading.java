package dev.deepcanvas.backend.inside;

import dev.deepcanvas.backend.dataset.parsing.Vocabulary;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/** A sequence output for one example, step by step: the token written, its probability and the runners-up. */
final class SequenceReading {

    /** Tokens listed per step: the written one and the two next most probable. */
    static final int TOP = 3;

    private SequenceReading() {
    }

    /**
     * @param probabilities the output {@code [1, tokens, steps]}, a softmax over the tokens at every step
     * @param truth         the one-hot targets, same shape
     * @param tokens        the target vocabulary; null to name tokens by number
     */
    static SequenceOutput of(String nodeId, INDArray probabilities, INDArray truth, Vocabulary tokens,
                             String decoding) {
        double[][] chances = probabilities.slice(0).toDoubleMatrix(); // [token][step]
        double[][] expected = truth.slice(0).toDoubleMatrix();
        int steps = chances[0].length;
        List<StepPrediction> shown = new ArrayList<>();
        for (int t = 0; t < Math.min(steps, InsideService.MAX_OUTPUT_STEPS); t++) {
            int step = t;
            List<TokenChance> top = IntStream.range(0, chances.length).boxed()
                    .sorted(Comparator.comparingDouble((Integer k) -> chances[k][step]).reversed())
                    .limit(TOP).map(k -> new TokenChance(name(tokens, k), chances[k][step])).toList();
            int right = IntStream.range(0, expected.length).reduce((a, b) -> expected[b][step] > expected[a][step]
                    ? b : a).orElse(0);
            shown.add(new StepPrediction(t, top, name(tokens, right)));
        }
        return new SequenceOutput(nodeId, shown, steps, decoding);
    }

    static String name(Vocabulary tokens, int id) {
        return tokens != null && id < tokens.size() ? tokens.token(id) : "#" + id;
    }

    /** The tokens as a reader reads them: markers such as {@code <end>} and {@code <pad>} left out. */
    static String text(List<String> tokens, String separator) {
        return String.join(separator, tokens.stream().filter(t -> !(t.length() > 2 && t.startsWith("<")
                && t.endsWith(">"))).toList());
    }
}
