package dev.deepcanvas.backend.quality;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Judges a GAN the way the gallery promises: a classifier trained on the real data looks at generated samples
 * and counts those it recognises with confidence. A generator making mush gets low, spread-out probabilities;
 * one making convincing digits gets confident ones.
 */
public final class GanJudge {

    public static final int SAMPLES = 100;
    public static final double CONFIDENCE = 0.9;

    private GanJudge() {
    }

    /** The share of {@value #SAMPLES} samples, from seeded noise, whose most likely class has p ≥ 0.9. */
    public static double confidentShare(ComputationGraph generator, ComputationGraph judge, int noiseSize,
                                        long seed) {
        Nd4j.getRandom().setSeed(seed);
        INDArray noise = Nd4j.randn(generator.params().dataType(), SAMPLES, noiseSize);
        INDArray samples = generator.outputSingle(false, noise);
        INDArray probabilities = judge.outputSingle(false, samples.castTo(judge.params().dataType()));
        INDArray best = probabilities.max(1);
        int confident = 0;
        for (int i = 0; i < SAMPLES; i++) {
            confident += best.getDouble(i) >= CONFIDENCE ? 1 : 0;
        }
        return (double) confident / SAMPLES;
    }
}
