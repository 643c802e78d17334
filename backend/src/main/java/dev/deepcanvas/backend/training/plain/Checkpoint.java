package dev.deepcanvas.backend.training.plain;

/**
 * The bookkeeping saved inside a checkpoint zip beside the weights: enough to continue the epoch loop exactly
 * where it stopped.
 *
 * @param epoch     epochs completed when the checkpoint was written
 * @param iteration minibatches completed over the whole run
 * @param bestFile  the file (in the run's folder) with the weights of the best epoch so far, while early stopping is
 *                  on; null when there is none, and in checkpoints written before best weights had names of their own
 */
record Checkpoint(int epoch, long iteration, EarlyStopper.State earlyStopping, String bestFile) {
}
