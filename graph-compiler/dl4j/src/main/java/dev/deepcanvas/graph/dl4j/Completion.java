package dev.deepcanvas.graph.dl4j;

import java.util.Collection;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/** Waiting for work handed to other threads within one training step. */
final class Completion {

    private Completion() {
    }

    /**
     * Waits for every one of {@code futures}, also after one has failed, so that no task of the step still runs when
     * the caller goes on. Returns the first failure: a task's own exception, or the interruption of the wait (the
     * thread's interrupt flag is then set again).
     */
    static Optional<Throwable> awaitAll(Collection<? extends Future<?>> futures) {
        Throwable first = null;
        boolean interrupted = false;
        for (Future<?> future : futures) {
            try {
                future.get();
            } catch (InterruptedException e) {
                interrupted = true;
                first = first != null ? first : e;
            } catch (ExecutionException e) {
                first = first != null ? first : e.getCause();
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return Optional.ofNullable(first);
    }
}
