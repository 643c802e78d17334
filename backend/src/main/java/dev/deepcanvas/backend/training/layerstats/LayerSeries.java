package dev.deepcanvas.backend.training.layerstats;

import java.util.List;

/**
 * One layer's statistics over a run's epochs.
 *
 * @param network    MODEL, GENERATOR or DISCRIMINATOR
 * @param layer      the layer's name in the compiled graph (the canvas node's id)
 * @param kind       the canvas node's type where the layer is one node of the graph (e.g. Conv2D), else null
 * @param parameters how many parameters the layer has
 * @param points     one per measured step (at least each epoch's last), oldest first
 */
public record LayerSeries(String network, String layer, String kind, long parameters, List<LayerPoint> points) {

    public LayerSeries {
        points = List.copyOf(points);
    }

    /** Whether some epoch has more than one point: the run measured every N steps, so steps are the x-axis. */
    public boolean bySteps() {
        return points.stream().map(LayerPoint::epoch).distinct().count() < points.size();
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
