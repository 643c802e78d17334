package dev.deepcanvas.backend.training.gan;

import dev.deepcanvas.backend.results.GanEpoch;
import org.nd4j.linalg.api.ndarray.INDArray;

/** Adds up one epoch of the adversarial game: both losses and how often the discriminator was right. */
final class GanTally {

    private double discriminatorLoss;
    private double generatorLoss;
    private int steps;
    private long realRight;
    private long realSeen;
    private long fakeRight;
    private long fakeSeen;

    /**
     * @param verdicts the discriminator's outputs for {@code realCount} real samples followed by as many fakes
     */
    void judge(INDArray verdicts, int realCount) {
        long n = verdicts.size(0);
        for (int i = 0; i < n; i++) {
            boolean saysReal = verdicts.getDouble(i, 0) >= 0.5;
            if (i < realCount) {
                realSeen++;
                realRight += saysReal ? 1 : 0;
            } else {
                fakeSeen++;
                fakeRight += saysReal ? 0 : 1;
            }
        }
    }

    void losses(double discriminator, double generator) {
        discriminatorLoss += discriminator;
        generatorLoss += generator;
        steps++;
    }

    GanEpoch epoch(int epoch, String sampleGrid) {
        return new GanEpoch(epoch, discriminatorLoss / Math.max(1, steps), generatorLoss / Math.max(1, steps),
                realSeen == 0 ? 0 : (double) realRight / realSeen, fakeSeen == 0 ? 0 : (double) fakeRight / fakeSeen,
                sampleGrid);
    }
}
