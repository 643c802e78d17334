package dev.deepcanvas.backend.training.run;

/**
 * The database stayed out of reach longer than a training thread waits for it. The run is left as it was: once the
 * database is back, the job engine finds its claim expired and hands it to a worker, which resumes it from its last
 * checkpoint.
 */
public class DatabaseUnavailableException extends RuntimeException {

    public DatabaseUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }
}
