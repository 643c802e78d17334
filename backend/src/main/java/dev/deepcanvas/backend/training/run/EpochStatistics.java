package dev.deepcanvas.backend.training.run;

import dev.deepcanvas.graph.dl4j.layerstats.LayerStatistics;
import dev.deepcanvas.graph.dl4j.layerstats.LayerStatsProbe;
import org.deeplearning4j.nn.graph.ComputationGraph;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The layer statistics a training job gathers during one epoch, for the network or networks it trains: armed for
 * each step it measures ({@link #measures}: every epoch's last step, and every N-th step of the run where the run
 * asked for that), collected right after it, taken with the epoch's record. Does nothing when statistics are off
 * ({@link LayerStatisticsSetting}). Create it after the network's {@code NetworkFit}: its probe must be the
 * network's last listener.
 */
public final class EpochStatistics implements AutoCloseable {

    private final List<Probe> probes = new ArrayList<>();
    private final List<NetworkStatistics> collected = new ArrayList<>();
    private final Integer every;

    /**
     * Statistics of every layer of an ordinary run's network.
     *
     * @param every measure every this many steps as well as each epoch's last, or null for each epoch's last only
     */
    public EpochStatistics(ComputationGraph network, Integer every) {
        this(every);
        add(NetworkStatistics.MODEL, network, layer -> true);
    }

    /** No network yet: add each with {@link #add}. */
    public EpochStatistics(Integer every) {
        if (every != null && every < 1) {
            throw new IllegalArgumentException("every must be at least 1, not " + every);
        }
        this.every = every;
    }

    /**
     * Whether the run's {@code step}-th step (counted from 1 over the whole run) is measured: an epoch's last step
     * always, so that every epoch has its figures whatever the setting, and every N-th where the run asked for it.
     */
    public boolean measures(long step, boolean lastOfEpoch) {
        return lastOfEpoch || (every != null && step % every == 0);
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

    /**
     * Collects what an armed probe measured in the step just taken, the run's {@code step}-th (a step the network
     * skipped measured nothing and leaves no entry).
     */
    public void collectIfArmed(long step) {
        for (Probe p : probes) {
            if (p.probe.armed()) {
                List<LayerStatistics> layers = p.probe.collect();
                if (!layers.isEmpty()) {
                    collected.add(new NetworkStatistics(p.role, step, layers));
                }
            }
        }
    }

    /** The epoch's statistics, one entry per network and measured step in the order taken; forgets them. */
    public List<NetworkStatistics> take() {
        List<NetworkStatistics> taken = List.copyOf(collected);
        collected.clear();
        return taken;
    }

    @Override
    public void close() {
        probes.forEach(p -> p.probe.close());
    }

    private static final class Probe {
        private final String role;
        private final LayerStatsProbe probe;

        Probe(String role, LayerStatsProbe probe) {
            this.role = role;
            this.probe = probe;
        }
    }
}
