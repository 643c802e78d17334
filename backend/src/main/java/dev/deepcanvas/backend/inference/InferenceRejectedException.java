package dev.deepcanvas.backend.inference;

/** An input or run the playground cannot predict for; the message says what to change. */
public class InferenceRejectedException extends RuntimeException {

    public InferenceRejectedException(String message) {
        super(message);
    }
}
