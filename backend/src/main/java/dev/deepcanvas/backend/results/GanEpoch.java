package dev.deepcanvas.backend.results;

/**
 * One epoch of the adversarial game, averaged over its minibatches.
 *
 * @param discriminatorLoss the discriminator's loss on real and generated samples
 * @param generatorLoss     the loss of the generator through the frozen discriminator (low: it fools it)
 * @param accuracyReal      the share of real samples the discriminator called real
 * @param accuracyFake      the share of generated samples the discriminator called fake
 * @param sampleGrid        the file name of this epoch's sample grid in the run's folder
 */
public record GanEpoch(int epoch, double discriminatorLoss, double generatorLoss, double accuracyReal,
                       double accuracyFake, String sampleGrid) {

    /** The discriminator's accuracy over as many real as generated samples. */
    public double accuracy() {
        return (accuracyReal + accuracyFake) / 2;
    }
}
