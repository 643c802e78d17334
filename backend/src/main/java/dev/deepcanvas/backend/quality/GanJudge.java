package dev.deepcanvas.backend.quality;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Judges a GAN the way the gallery promises: a classifier trained on the real data looks at generated samples
 * and counts those it recognises with confidence. A generator making mush gets low, spread-out probabilities;
 * one making convincing pictures gets confident ones, provided the judge is not confident of anything (see
 * {@link NoiseBaseline}).
 */
public final class GanJudge {

    public static final int SAMPLES = 100;

    private GanJudge() {
    }

    /** The share of {@value #SAMPLES} samples, from seeded noise, that the judge accepts. */
    public static double confidentShare(ComputationGraph generator, Judge judge, int noiseSize, long seed) {
        return judge.acceptedShare(samples(generator, noiseSize, seed));
    }

    /** {@value #SAMPLES} samples from normal noise drawn with this seed (the same seed gives the same samples). */
    public static INDArray samples(ComputationGraph generator, int noiseSize, long seed) {
        Nd4j.getRandom().setSeed(seed);
        INDArray noise = Nd4j.randn(generator.params().dataType(), SAMPLES, noiseSize);
        return generator.outputSingle(false, noise);
    }
}
