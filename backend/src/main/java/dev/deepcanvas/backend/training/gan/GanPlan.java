package dev.deepcanvas.backend.training.gan;

import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.backend.training.Hyperparameters;
import dev.deepcanvas.backend.training.run.RunClaim;
import dev.deepcanvas.graph.compile.CompiledGan;

/**
 * Everything a GAN job needs, resolved and validated before it is queued.
 *
 * @param noiseSize length of the generator's noise vector
 * @param classes   how many classes a conditional GAN draws; 0 when the GAN is not conditional
 */
record GanPlan(RunClaim claim, CompiledGan gan, PreparedDataset data, int noiseSize, int classes,
               Hyperparameters hyperparameters) {

    long runId() {
        return claim.runId();
    }
}
