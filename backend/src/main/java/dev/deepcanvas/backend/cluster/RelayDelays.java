package dev.deepcanvas.backend.cluster;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The delays of the run updates a node heard from the others (sent → received, as the two clocks say), summed up
 * once a minute in the log: how long a page here waits for news of a run trained elsewhere.
 */
final class RelayDelays {

    private final List<Long> delays = new ArrayList<>();

    synchronized void add(long millis) {
        delays.add(Math.max(0, millis));
    }

    /** The summary of the delays since the last call, or null when there were none; starts a new period. */
    synchronized String drainSummary() {
        if (delays.isEmpty()) {
            return null;
        }
        List<Long> sorted = new ArrayList<>(delays);
        delays.clear();
        Collections.sort(sorted);
        return sorted.size() + " run updates from other nodes, delay median " + percentile(sorted, 50) + " ms, 95th "
                + "percentile " + percentile(sorted, 95) + " ms, max " + sorted.get(sorted.size() - 1) + " ms";
    }

    private static long percentile(List<Long> sorted, int percent) {
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(sorted.size() - 1, index)));
    }
}
