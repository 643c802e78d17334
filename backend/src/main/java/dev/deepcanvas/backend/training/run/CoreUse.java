package dev.deepcanvas.backend.training.run;

import dev.deepcanvas.backend.training.TrainingSteps;
import dev.deepcanvas.graph.dl4j.NetworkFit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Says once, for each network a run trains, how its steps use the cores, as soon as that is settled: a run with two
 * or more cores times one thread against every core on its first steps ({@code TrainingThreads}), so the way is known
 * only then. Written to the server's log (what an operator reads to see why a run uses one core of two) and told to
 * {@link TrainingSteps}' watchers (the performance bench reports it, and times only steps after it).
 */
public final class CoreUse {

    private static final Logger log = LoggerFactory.getLogger(CoreUse.class);

    private final TrainingSteps steps;
    private final long runId;
    private final Map<String, NetworkFit> pending = new LinkedHashMap<>();

    /**
     * @param fits the run's ways of stepping, by the name of the network each trains; networks settled at the same
     *             step are reported in this map's order
     */
    public CoreUse(TrainingSteps steps, long runId, Map<String, NetworkFit> fits) {
        this.steps = steps;
        this.runId = runId;
        this.pending.putAll(fits);
    }

    /** Call after each step: reports every network whose way became settled, once. */
    public void afterStep(long iteration) {
        if (pending.isEmpty()) {
            return;
        }
        pending.entrySet().removeIf(entry -> {
            if (!entry.getValue().settled()) {
                return false;
            }
            NetworkFit fit = entry.getValue();
            log.info("Run {}: from step {} the {} trains with {}", runId, iteration + 1, entry.getKey(),
                    fit.describe());
            steps.settled(runId, iteration, entry.getKey(), fit.way());
            return true;
        });
    }
}
