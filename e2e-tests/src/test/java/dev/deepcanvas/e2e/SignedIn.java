package dev.deepcanvas.e2e;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs the test signed in: before it starts, a fresh headless Chromium has created a new account on the running
 * application and signed in with it, as a new user would through the real pages. The test declares what it needs
 * as parameters: the signed-in {@link Browser}, the {@link AppProcess} it talks to and the {@link Account}.
 *
 * <p><b>One application for the whole run.</b> By default every test shares one application, started by the first
 * test that needs it and stopped when the run ends: on CI's two cores a start costs half a minute or more, and the
 * tests do not need a process of their own, because everything a user makes is private to their account and each
 * test signs up an account nobody else has. A test that stops or restarts the application, or needs a data folder
 * nobody else has written to, asks for {@link #ownApplication()}: it gets a process of its own, on a fresh data
 * folder, stopped after the test. A test that needs the application on PostgreSQL asks for {@link #onPostgres()}: it
 * gets a process of its own on a new database of the PostgreSQL test server, and may declare a {@code TestDatabase}
 * parameter to look at what the application stored.
 */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith({BrowserExtension.class, SignedInExtension.class})
public @interface SignedIn {

    /**
     * The user name to sign up with; when an earlier test of this run already took it, a number is appended
     * ({@link Account#username()} says which name was used).
     */
    String value();

    /** Whether the test gets an application process of its own instead of the one shared by the run. */
    boolean ownApplication() default false;

    /**
     * Whether the test's application keeps its data in a new PostgreSQL database (on the server
     * {@code DEEPCANVAS_TEST_PG_URL} names) instead of H2; such an application is always the test's own.
     */
    boolean onPostgres() default false;
}
