package dev.deepcanvas.backend.training.run;

/**
 * Reduces per-minibatch losses to about {@link #SAMPLES_PER_EPOCH} points per epoch: the mean of each window of
 * {@code stride} minibatches. Enough for a smooth chart, and a long run cannot fill the database with points.
 */
public final class IterationSampler {

    static final int SAMPLES_PER_EPOCH = 50;

    private final int stride;
    private double sum;
    private int count;

    public IterationSampler(long iterationsPerEpoch) {
        this.stride = (int) Math.max(1, (iterationsPerEpoch + SAMPLES_PER_EPOCH - 1) / SAMPLES_PER_EPOCH);
    }

    /** Adds one minibatch loss; returns a sample when its window is full, else null. */
    public IterationSample add(long iteration, int epoch, double loss) {
        sum += loss;
        count++;
        if (count < stride) {
            return null;
        }
        return take(iteration, epoch);
    }

    /** The partial window at the end of an epoch, so no epoch ends without its last point; null when empty. */
    public IterationSample flush(long iteration, int epoch) {
        return count == 0 ? null : take(iteration, epoch);
    }

    private IterationSample take(long iteration, int epoch) {
        IterationSample sample = new IterationSample(iteration, epoch, sum / count);
        sum = 0;
        count = 0;
        return sample;
    }
}
