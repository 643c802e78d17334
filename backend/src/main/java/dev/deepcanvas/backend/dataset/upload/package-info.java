/**
 * A user's own dataset: previewing and importing a CSV, a zip of images or a text CSV
 * ({@link dev.deepcanvas.backend.dataset.upload.DatasetUploadService}), the caps that keep an upload bounded, and
 * the store that keeps imported arrays beside the database.
 */
package dev.deepcanvas.backend.dataset.upload;
