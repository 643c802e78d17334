package dev.deepcanvas.backend.training.run;

import dev.deepcanvas.graph.dl4j.layerstats.LayerStatistics;
import dev.deepcanvas.graph.dl4j.layerstats.LayerStatsProbe;
import org.deeplearning4j.nn.graph.ComputationGraph;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The layer statistics a training job gathers during one epoch, for the network or networks it trains: armed for
 * the step it measures, collected right after it, taken with the epoch's record. Does nothing when statistics are
 * off ({@link LayerStatisticsSetting}). Create it after the network's {@code NetworkFit}: its probe must be the
 * network's last listener.
 */
public final class EpochStatistics implements AutoCloseable {

    private final List<Probe> probes = new ArrayList<>();

    /** Statistics of every layer of an ordinary run's network. */
    public EpochStatistics(ComputationGraph network) {
        add(NetworkStatistics.MODEL, network, layer -> true);
    }

    /** No network yet: add each with {@link #add}. */
    public EpochStatistics() {
    }

    /** Measures the layers of {@code network} that {@code measured} accepts, stored as {@code role}. */
    public EpochStatistics add(String role, ComputationGraph network, Predicate<String> measured) {
        LayerStatisticsSetting.probe(network, measured).ifPresent(probe -> probes.add(new Probe(role, probe)));
        return this;
    }

    /** Arms every probe when {@code measure} (the step about to be taken is the one to measure). */
    public void armIf(boolean measure) {
        if (measure) {
            probes.forEach(p -> p.probe.arm());
        }
    }

    /** Arms the probe of one role only (a GAN steps its two networks one after the other). */
    public void armIf(boolean measure, String role) {
        if (measure) {
            probes.stream().filter(p -> p.role.equals(role)).forEach(p -> p.probe.arm());
        }
    }

    /** Collects what an armed probe measured in the step just taken. */
    public void collectIfArmed() {
        for (Probe p : probes) {
            if (p.probe.armed()) {
                p.collected = p.probe.collect();
            }
        }
    }

    /** The epoch's statistics, one entry per network that had a measured step; forgets them. */
    public List<NetworkStatistics> take() {
        List<NetworkStatistics> taken = new ArrayList<>();
        for (Probe p : probes) {
            if (p.collected != null && !p.collected.isEmpty()) {
                taken.add(new NetworkStatistics(p.role, p.collected));
            }
            p.collected = null;
        }
        return taken;
    }

    @Override
    public void close() {
        probes.forEach(p -> p.probe.close());
    }

    private static final class Probe {
        private final String role;
        private final LayerStatsProbe probe;
        private List<LayerStatistics> collected;

        Probe(String role, LayerStatsProbe probe) {
            this.role = role;
            this.probe = probe;
        }
    }
}
