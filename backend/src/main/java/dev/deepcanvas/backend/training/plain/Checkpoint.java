package dev.deepcanvas.backend.training.plain;

/**
 * The bookkeeping saved inside a checkpoint zip beside the weights: enough to continue the epoch loop exactly
 * where it stopped.
 *
 * @param epoch     epochs completed when the checkpoint was written
 * @param iteration minibatches completed over the whole run
 */
record Checkpoint(int epoch, long iteration, EarlyStopper.State earlyStopping) {
}
