package dev.deepcanvas.backend.training.layerstats;

import java.util.List;

/**
 * One layer's statistics over a run's epochs.
 *
 * @param network    MODEL, GENERATOR or DISCRIMINATOR
 * @param layer      the layer's name in the compiled graph (the canvas node's id)
 * @param kind       the canvas node's type where the layer is one node of the graph (e.g. Conv2D), else null
 * @param parameters how many parameters the layer has
 * @param points     one per epoch, oldest first
 */
public record LayerSeries(String network, String layer, String kind, long parameters, List<LayerPoint> points) {

    public LayerSeries {
        points = List.copyOf(points);
    }

    /** The layer as people read it: its name, its kind and, in a GAN, which network it belongs to. */
    public String title() {
        String role = switch (network) {
            case "GENERATOR" -> "generator ";
            case "DISCRIMINATOR" -> "discriminator ";
            default -> "";
        };
        return role + "layer \"" + layer + "\"" + (kind == null ? "" : " (" + kind + ")");
    }
}
