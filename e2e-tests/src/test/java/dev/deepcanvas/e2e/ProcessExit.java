package dev.deepcanvas.e2e;

import java.time.Duration;
import java.util.concurrent.TimeUnit;

/** Waiting for a child process to end, without letting an interrupt escape as a checked exception. */
final class ProcessExit {

    private ProcessExit() {
    }

    /** Whether the process ended within the timeout; an interrupt is kept for the caller and ends the wait. */
    static boolean await(Process process, Duration timeout) {
        try {
            return process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return !process.isAlive();
        }
    }
}
