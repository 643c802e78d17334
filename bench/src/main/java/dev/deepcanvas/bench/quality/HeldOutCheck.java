package dev.deepcanvas.bench.quality;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/**
 * How a judge does on pictures it never trained on, so that its verdict on a GAN can be trusted both ways: it must
 * still recognise real pictures (else a perfect generator could not pass) and must reject non-examples made from
 * held-out pictures (else it has only memorised its own training noise). Meant for the strict judge; works for a
 * plain one too, which shows what the strict one fixes.
 *
 * @param accuracy            share of the real held-out pictures whose most likely class is the right one
 * @param realAccepted        share of them accepted (a real class with p ≥ 0.9): the most a perfect generator
 *                            could score
 * @param nonExamplesAccepted share of held-out {@link NonExamplePictures} accepted; near 0 for a useful judge
 * @param acceptedByKind      the same share for each kind of non-example, to see which kind gets through
 */
public record HeldOutCheck(double accuracy, double realAccepted, double nonExamplesAccepted,
                           Map<NonExamplePictures.Kind, Double> acceptedByKind) {

    /** Held-out non-examples use their own seed, never the training one. */
    static final long NON_EXAMPLE_SEED = 104_729L;
    static final int NON_EXAMPLES_PER_KIND = 100;

    public HeldOutCheck {
        // In the kinds' order, whatever map was given.
        Map<NonExamplePictures.Kind, Double> ordered = new EnumMap<>(NonExamplePictures.Kind.class);
        ordered.putAll(acceptedByKind);
        acceptedByKind = Collections.unmodifiableMap(ordered);
    }

    /**
     * @param pictures real held-out pictures (the test part), [n, channels, height, width]; the scrambled and
     *                 blended non-examples are made from them too
     * @param labels   their one-hot labels over the real classes
     */
    public static HeldOutCheck of(Judge judge, INDArray pictures, INDArray labels) {
        NonExamplePictures.Kind[] kinds = NonExamplePictures.KINDS;
        INDArray nonExamples = new NonExamplePictures(pictures, labels).generate(NON_EXAMPLES_PER_KIND * kinds.length,
                NON_EXAMPLE_SEED);
        boolean[] accepted = judge.accepts(nonExamples);
        int total = 0;
        Map<NonExamplePictures.Kind, Double> byKind = new EnumMap<>(NonExamplePictures.Kind.class);
        for (int k = 0; k < kinds.length; k++) {
            int count = 0;
            // Picture i is of kind i mod (number of kinds).
            for (int i = k; i < accepted.length; i += kinds.length) {
                count += accepted[i] ? 1 : 0;
            }
            byKind.put(kinds[k], (double) count / NON_EXAMPLES_PER_KIND);
            total += count;
        }
        return new HeldOutCheck(judge.accuracy(pictures, labels), judge.acceptedShare(pictures),
                (double) total / accepted.length, byKind);
    }
}
