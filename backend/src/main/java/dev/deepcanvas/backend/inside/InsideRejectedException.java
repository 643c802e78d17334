package dev.deepcanvas.backend.inside;

/** A run or example the Inside view cannot look into; the message says why in one line. */
public class InsideRejectedException extends RuntimeException {

    public InsideRejectedException(String message) {
        super(message);
    }
}
