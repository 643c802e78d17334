/**
 * Ordinary networks (classifiers, regressors, sequence models): the minibatch loop with held-out scoring after each
 * epoch, early stopping, end-of-epoch checkpoints for resuming, and the arrays in the order the compiled graph takes
 * them.
 */
package dev.deepcanvas.backend.training.plain;
