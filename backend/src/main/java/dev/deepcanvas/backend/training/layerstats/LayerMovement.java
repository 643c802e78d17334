package dev.deepcanvas.backend.training.layerstats;

import java.util.List;

/**
 * How a run's layers moved while it trained: one series per layer with parameters, in the order its network
 * computes them (a GAN's generator first, then its discriminator), and the hints they call for. A run trained before
 * layer statistics were recorded has no layers.
 *
 * @param learningRate the run's learning rate, for the page's explanation
 */
public record LayerMovement(long runId, double learningRate, List<LayerSeries> layers, List<LayerHint> hints) {

    public LayerMovement {
        layers = List.copyOf(layers);
        hints = List.copyOf(hints);
    }

    /**
     * Whether the run measured its layers every N steps as well as at each epoch's end: its charts then run over
     * steps rather than epochs.
     */
    public boolean bySteps() {
        return layers.stream().anyMatch(LayerSeries::bySteps);
    }

    /** Whether the run recorded any layer statistics (runs from before they existed did not). */
    public boolean recorded() {
        return !layers.isEmpty();
    }
}
