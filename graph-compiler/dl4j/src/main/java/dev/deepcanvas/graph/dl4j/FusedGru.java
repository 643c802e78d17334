package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.layers.samediff.SameDiffLayer;

/**
 * Swaps each of a network's {@link GruLayer}s (DL4J's SameDiff layer object) for a {@link FusedGruLayer} over the
 * same configuration, parameters and gradients ({@link LayerSwap}).
 */
public final class FusedGru {

    private FusedGru() {
    }

    /**
     * Call after {@code init()} (or a restore) and before the first {@code fit} or {@code output}.
     *
     * @return the number of layers swapped
     */
    public static int install(ComputationGraph network) {
        return LayerSwap.swap(network, layer -> layer.getClass() == SameDiffLayer.class
                && layer.conf().getLayer() instanceof GruLayer
                ? new FusedGruLayer(layer.conf(), layer.params().dataType()) : null);
    }
}
