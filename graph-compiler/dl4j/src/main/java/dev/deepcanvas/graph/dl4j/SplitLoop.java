package dev.deepcanvas.graph.dl4j;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A Java loop over independent items (channels, elements) cut into one part per native thread the calling thread's
 * operations run on ({@link NativeBackend#nativeThreadsInUse()}): the first part on the calling thread, the others on
 * helper threads, and back when all are done. Every item is computed by the same code whichever part holds it, so
 * the results do not depend on the cut.
 *
 * <p>Why: a run alone on the machine that cannot be split into data-parallel parts (batch normalisation needs the
 * whole batch's statistics) trains with two native threads inside each operation, and the layers whose passes run in
 * Java (batch normalisation, ReLU's backward pass) would otherwise leave the second core idle while they run. A step
 * on one native thread (one of several runs, a data-parallel part, a one-thread step) loops on its own thread as
 * before.
 */
final class SplitLoop {

    /** Threads for the parts after the first; idle ones end after a minute. */
    private static final ExecutorService HELPERS = Executors.newCachedThreadPool(work -> {
        Thread thread = new Thread(work, "deepcanvas-split-loop");
        thread.setDaemon(true);
        return thread;
    });

    private SplitLoop() {
    }

    /** The work on the items [from, to). */
    @FunctionalInterface
    interface Part {
        void run(int from, int to);
    }

    /**
     * Runs {@code part} over [0, count) in at most one part per native thread in use, each of at least {@code minItems}
     * items (fewer would cost more to hand over than they save).
     */
    static void forEach(int count, int minItems, Part part) {
        int parts = Math.max(1, Math.min(NativeBackend.nativeThreadsInUse(), count / Math.max(1, minItems)));
        if (parts < 2) {
            part.run(0, count);
            return;
        }
        List<Future<?>> others = new ArrayList<>(parts - 1);
        for (int p = 1; p < parts; p++) {
            int from = (int) ((long) count * p / parts);
            int to = (int) ((long) count * (p + 1) / parts);
            others.add(HELPERS.submit(() -> part.run(from, to)));
        }
        Completion.alongside(() -> part.run(0, count / parts), others, "a layer's pass");
    }
}
