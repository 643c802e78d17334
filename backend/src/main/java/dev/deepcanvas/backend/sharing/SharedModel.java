package dev.deepcanvas.backend.sharing;

/**
 * A run a share link shows, for the page that looks inside its model: the run as the results list shows it, the
 * graph it trained and its author.
 *
 * @param gan whether the model is a GAN, whose generator is asked for pictures rather than shown an input
 */
public record SharedModel(SharedRun run, String graphName, String author, boolean gan) {
}
