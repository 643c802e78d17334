package dev.deepcanvas.bench.throughput;

import dev.deepcanvas.backend.training.RunEvents;
import dev.deepcanvas.backend.training.TrainingSteps;

import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The moment each training step of a run ended, as the run's job reports it to {@link TrainingSteps}: exact and
 * unthrottled, unlike the run's progress updates (at most one per 200 ms, too few to time 50 fast MLP steps by).
 * Watches every run while open, since a run's id is known only once the launcher has queued it and its first step
 * may come before that.
 */
final class StepTimes implements AutoCloseable {

    private final Map<Long, Timeline> runs = new ConcurrentHashMap<>();
    private final RunEvents.Subscription subscription;

    StepTimes(TrainingSteps steps) {
        this.subscription = steps.watch(new TrainingSteps.Watcher() {
            @Override
            public void stepped(long runId, long iteration, long nanoTime) {
                timeline(runId).add(iteration, nanoTime);
            }

            @Override
            public void settled(long runId, long iteration, String network, String way) {
                timeline(runId).settled(iteration, network, way);
            }
        });
    }

    /**
     * When each step of the run ended: element {@code k - 1} is {@link System#nanoTime()} at the end of step
     * {@code k}. Fails unless the run reported its steps 1, 2, 3 … each once, in order.
     */
    long[] endsOf(long runId) {
        Timeline timeline = runs.get(runId);
        if (timeline == null) {
            throw new IllegalStateException("Run " + runId + " reported no training step");
        }
        return timeline.ends(runId);
    }

    /**
     * The last step before which the run's every network had settled how it uses the cores (TrainingThreads times
     * one thread against every core on a run's first steps); 0 where the run reported nothing.
     */
    long settledAfter(long runId) {
        Timeline timeline = runs.get(runId);
        return timeline == null ? 0 : timeline.settledAfter();
    }

    /** How each network of the run used the cores once settled, as the job reported it, in a few words. */
    String ways(long runId) {
        Timeline timeline = runs.get(runId);
        return timeline == null ? "not reported" : timeline.ways();
    }

    private Timeline timeline(long runId) {
        return runs.computeIfAbsent(runId, id -> new Timeline());
    }

    @Override
    public void close() {
        subscription.close();
    }

    /** One run's step ends, appended on its training thread and read once the run is over. */
    private static final class Timeline {
        private long[] iterations = new long[1024];
        private long[] nanos = new long[1024];
        private int size;
        private long settledAfter;
        private final Map<String, String> ways = new java.util.LinkedHashMap<>();

        synchronized void settled(long iteration, String network, String way) {
            settledAfter = Math.max(settledAfter, iteration);
            ways.put(network, way);
        }

        synchronized long settledAfter() {
            return settledAfter;
        }

        synchronized String ways() {
            if (ways.isEmpty()) {
                return "not reported";
            }
            if (ways.size() == 1) {
                return ways.values().iterator().next();
            }
            return ways.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue())
                    .collect(java.util.stream.Collectors.joining("; "));
        }

        synchronized void add(long iteration, long nanoTime) {
            if (size == iterations.length) {
                iterations = Arrays.copyOf(iterations, size * 2);
                nanos = Arrays.copyOf(nanos, size * 2);
            }
            iterations[size] = iteration;
            nanos[size] = nanoTime;
            size++;
        }

        synchronized long[] ends(long runId) {
            for (int i = 0; i < size; i++) {
                if (iterations[i] != i + 1) {
                    throw new IllegalStateException("Run " + runId + " reported step " + iterations[i] + " where step "
                            + (i + 1) + " was due: its steps cannot be timed one by one");
                }
            }
            return Arrays.copyOf(nanos, size);
        }
    }
}
