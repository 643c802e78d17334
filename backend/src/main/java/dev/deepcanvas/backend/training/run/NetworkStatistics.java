package dev.deepcanvas.backend.training.run;

import dev.deepcanvas.graph.dl4j.layerstats.LayerStatistics;

import java.util.List;

/**
 * The layer statistics of one of a run's networks at one measured step (an epoch's last, or every N-th where the run
 * asked for it), stored with the epoch the step belongs to.
 *
 * @param network MODEL for an ordinary run; GENERATOR or DISCRIMINATOR for a GAN
 * @param step    the run's count of steps once the measured one was taken (the first step is 1)
 * @param layers  one per layer with parameters, in the order the network computes them
 */
public record NetworkStatistics(String network, long step, List<LayerStatistics> layers) {

    public static final String MODEL = "MODEL";
    public static final String GENERATOR = "GENERATOR";
    public static final String DISCRIMINATOR = "DISCRIMINATOR";

    public NetworkStatistics {
        layers = List.copyOf(layers);
    }
}
