/**
 * The run page's "Inside the model" section: every layer's output for a held-out example the user picks, drawn
 * from what {@link dev.deepcanvas.backend.inside.InsideService} reads out of the trained model.
 */
package dev.deepcanvas.app.inside;
