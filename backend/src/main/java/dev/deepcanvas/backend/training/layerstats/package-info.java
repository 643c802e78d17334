/**
 * How a run's layers moved while it trained: the per-layer statistics recorded at the last step of every epoch
 * ({@link dev.deepcanvas.backend.training.run.EpochStatistics} writes them), read back as one series per layer
 * ({@link dev.deepcanvas.backend.training.layerstats.LayerStatisticsQueries}), with plain-language hints where a
 * layer's updates vanish or explode ({@link dev.deepcanvas.backend.training.layerstats.LayerHints}).
 */
package dev.deepcanvas.backend.training.layerstats;
