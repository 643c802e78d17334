/**
 * Training runs as the rest of the application sees them. {@link dev.deepcanvas.backend.training.RunLauncher}
 * starts, resumes, cancels and deletes runs; {@link dev.deepcanvas.backend.training.RunQueries} reads them;
 * {@link dev.deepcanvas.backend.training.RunEvents} pushes their progress. The options, summaries, updates and
 * exceptions here are the vocabulary the views use. Sub-packages: {@code dispatch} (the queue in the database and
 * the workers that take runs from it), {@code run} (the life cycle every run shares), {@code plain} (ordinary
 * networks) and {@code gan} (GANs).
 */
package dev.deepcanvas.backend.training;
