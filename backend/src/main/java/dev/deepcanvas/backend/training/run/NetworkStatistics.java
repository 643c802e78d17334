package dev.deepcanvas.backend.training.run;

import dev.deepcanvas.graph.dl4j.layerstats.LayerStatistics;

import java.util.List;

/**
 * The layer statistics of one of a run's networks at the last step of an epoch, stored with the epoch.
 *
 * @param network MODEL for an ordinary run; GENERATOR or DISCRIMINATOR for a GAN
 * @param layers  one per layer with parameters, in the order the network computes them
 */
public record NetworkStatistics(String network, List<LayerStatistics> layers) {

    public static final String MODEL = "MODEL";
    public static final String GENERATOR = "GENERATOR";
    public static final String DISCRIMINATOR = "DISCRIMINATOR";

    public NetworkStatistics {
        layers = List.copyOf(layers);
    }
}
