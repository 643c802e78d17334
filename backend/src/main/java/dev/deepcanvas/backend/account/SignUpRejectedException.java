package dev.deepcanvas.backend.account;

/** A sign-up that cannot be accepted, with the reason written for the person signing up. */
public class SignUpRejectedException extends RuntimeException {

    private final String field;

    public SignUpRejectedException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** Which form field the message belongs beside: username, displayName or password. */
    public String field() {
        return field;
    }
}
