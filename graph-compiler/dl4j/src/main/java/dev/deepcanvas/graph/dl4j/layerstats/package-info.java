/**
 * Per-layer statistics of a training step (parameter mean and spread, gradient norm, update-to-parameter ratio),
 * taken at a chosen step without changing what the step computes.
 */
package dev.deepcanvas.graph.dl4j.layerstats;
