package dev.deepcanvas.backend.training.gan;

import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.backend.training.Hyperparameters;
import dev.deepcanvas.backend.training.run.RunClaim;
import dev.deepcanvas.graph.compile.CompiledGan;

/**
 * Everything a GAN job needs, resolved and validated before it is queued.
 *
 * @param noiseSize length of the generator's noise vector
 * @param condition what a conditional GAN is told to draw; {@link GanCondition#NONE} when it is not conditional
 */
record GanPlan(RunClaim claim, CompiledGan gan, PreparedDataset data, int noiseSize, GanCondition condition,
               Hyperparameters hyperparameters) {

    long runId() {
        return claim.runId();
    }
}
