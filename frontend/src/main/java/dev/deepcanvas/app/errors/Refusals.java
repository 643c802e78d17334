package dev.deepcanvas.app.errors;

import dev.deepcanvas.backend.account.NotSignedInException;
import dev.deepcanvas.backend.account.SignUpRejectedException;
import dev.deepcanvas.backend.dataset.UnknownDatasetException;
import dev.deepcanvas.backend.dataset.UploadRejectedException;
import dev.deepcanvas.backend.graph.GraphConflictException;
import dev.deepcanvas.backend.graph.GraphNotFoundException;
import dev.deepcanvas.backend.inference.InferenceRejectedException;
import dev.deepcanvas.backend.training.RunNotFoundException;
import dev.deepcanvas.backend.training.TrainingRejectedException;

import java.util.List;
import java.util.Optional;

/**
 * The services' refusals: exceptions whose message is written for the user (a graph that is gone or not shared, a
 * run that cannot start, an upload that cannot be read...). Anything else that escapes a service is a fault, to be
 * logged with its stack trace and never shown.
 */
public final class Refusals {

    /** Every exception type a service throws to refuse, with a message for the user. */
    static final List<Class<? extends RuntimeException>> TYPES = List.of(
            GraphNotFoundException.class, GraphConflictException.class, TrainingRejectedException.class,
            RunNotFoundException.class, UploadRejectedException.class, UnknownDatasetException.class,
            InferenceRejectedException.class, NotSignedInException.class, SignUpRejectedException.class);

    private static final int MAX_DEPTH = 10;

    private Refusals() {
    }

    /** The user's message of the refusal that caused this throwable (Vaadin may wrap it), if it was one. */
    public static Optional<String> messageOf(Throwable thrown) {
        Throwable t = thrown;
        for (int depth = 0; t != null && depth < MAX_DEPTH; depth++, t = t.getCause()) {
            if (isRefusal(t) && t.getMessage() != null && !t.getMessage().isBlank()) {
                return Optional.of(t.getMessage());
            }
        }
        return Optional.empty();
    }

    static boolean isRefusal(Throwable t) {
        return TYPES.stream().anyMatch(type -> type.isInstance(t));
    }
}
