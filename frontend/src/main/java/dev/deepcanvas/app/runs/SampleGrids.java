package dev.deepcanvas.app.runs;

import dev.deepcanvas.backend.training.gan.GanSamples;

import java.util.List;

/**
 * Where a GAN run's sample strip reads its grids: the run's owner through the service, a share link's holder through
 * the link. Both may throw when the run cannot be read (any more).
 */
public interface SampleGrids {

    /** The epochs that have a grid, oldest first. */
    List<Integer> epochs();

    /** One epoch's grid as PNG bytes. */
    byte[] png(int epoch);

    static SampleGrids of(long runId, GanSamples samples) {
        return new SampleGrids() {
            @Override
            public List<Integer> epochs() {
                return samples.epochs(runId);
            }

            @Override
            public byte[] png(int epoch) {
                return samples.png(runId, epoch);
            }
        };
    }
}
