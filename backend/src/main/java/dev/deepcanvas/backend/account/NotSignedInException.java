package dev.deepcanvas.backend.account;

/** The action needs an account: the caller is not signed in. */
public class NotSignedInException extends RuntimeException {

    public NotSignedInException() {
        super("Sign in (or create an account) to do this.");
    }
}
