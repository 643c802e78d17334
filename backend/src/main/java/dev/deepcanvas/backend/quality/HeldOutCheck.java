package dev.deepcanvas.backend.quality;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * How a strict judge does on pictures it never trained on, so that its verdict on a GAN can be trusted both ways:
 * it must still recognise real pictures (else a perfect generator could not pass) and must reject non-examples
 * made from held-out pictures (else it has only memorised its own training noise).
 *
 * @param accuracy            share of the real held-out pictures whose most likely class is the right one
 * @param realAccepted        share of them accepted (a real class with p ≥ 0.9): the most a perfect generator
 *                            could score
 * @param nonExamplesAccepted share of held-out {@link NonExamplePictures} accepted; near 0 for a useful judge
 */
public record HeldOutCheck(double accuracy, double realAccepted, double nonExamplesAccepted) {

    /** Held-out non-examples use their own seed, never the training one. */
    static final long NON_EXAMPLE_SEED = 104_729L;

    /**
     * @param pictures real held-out pictures (the test part), [n, channels, height, width]
     * @param labels   their one-hot labels over the real classes
     */
    public static HeldOutCheck of(Judge judge, INDArray pictures, INDArray labels) {
        INDArray nonExamples = new NonExamplePictures(pictures, labels).generate((int) pictures.size(0),
                NON_EXAMPLE_SEED);
        return new HeldOutCheck(judge.accuracy(pictures, labels), judge.acceptedShare(pictures),
                judge.acceptedShare(nonExamples));
    }
}
