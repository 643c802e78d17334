/**
 * Datasets a graph trains on. {@link dev.deepcanvas.backend.dataset.DatasetService} is the way in (every built-in
 * set and the caller's uploads, prepared once and shared); the types here describe a dataset to everyone else: its
 * descriptor and tensors, the prepared parts, scalings, and whether a graph fits it ({@code GraphDatasetFit}).
 * Sub-packages: {@code builtin} (the sets DeepCanvas ships), {@code upload} (importing a user's file),
 * {@code parsing} (reading CSV and encoding text) and {@code transform} (scalers and splits).
 */
package dev.deepcanvas.backend.dataset;
