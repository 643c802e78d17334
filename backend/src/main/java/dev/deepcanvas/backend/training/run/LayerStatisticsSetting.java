package dev.deepcanvas.backend.training.run;

import dev.deepcanvas.graph.dl4j.layerstats.LayerStatsProbe;
import org.deeplearning4j.nn.graph.ComputationGraph;

import java.util.Optional;
import java.util.function.Predicate;

/**
 * Whether training jobs take layer statistics at the last step of every epoch: on unless the system property
 * {@value #PROPERTY} is {@code false}. The switch exists so that the bench ({@code bench/layer-stats.sh}) can train
 * the same runs with and without them; read when a run starts.
 */
public final class LayerStatisticsSetting {

    public static final String PROPERTY = "deepcanvas.layer-statistics";

    private LayerStatisticsSetting() {
    }

    public static boolean enabled() {
        return !"false".equalsIgnoreCase(System.getProperty(PROPERTY, "true"));
    }

    /** A probe on the network when statistics are on; attach it after the fit that trains the network. */
    public static Optional<LayerStatsProbe> probe(ComputationGraph network, Predicate<String> measured) {
        return enabled() ? Optional.of(LayerStatsProbe.attach(network, measured)) : Optional.empty();
    }
}
