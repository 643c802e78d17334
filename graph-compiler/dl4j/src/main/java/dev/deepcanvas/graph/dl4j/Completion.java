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

    /**
     * Runs {@code here} on the calling thread while {@code others} run on other threads, then waits for them all
     * ({@link #awaitAll}) and throws the first failure: {@code here}'s own, else another's, as it was when it was a
     * runtime exception, else wrapped in one that names {@code what} was interrupted or failed.
     */
    static void alongside(Runnable here, Collection<? extends Future<?>> others, String what) {
        RuntimeException failure = null;
        try {
            here.run();
        } catch (RuntimeException e) {
            failure = e;
        }
        Optional<Throwable> other = awaitAll(others);
        if (failure == null && other.isPresent()) {
            Throwable cause = other.get();
            failure = cause instanceof RuntimeException r ? r : new IllegalStateException(
                    cause instanceof InterruptedException ? "Interrupted during " + what
                            : "A part of " + what + " failed: " + cause, cause);
        }
        if (failure != null) {
            throw failure;
        }
    }
}
