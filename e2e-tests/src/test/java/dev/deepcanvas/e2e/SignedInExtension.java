package dev.deepcanvas.e2e;

import dev.deepcanvas.db.testing.PostgresTestServer;
import dev.deepcanvas.db.testing.TestDatabase;
import java.lang.reflect.Method;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * What {@link SignedIn} does before its test: takes the shared application (or starts one of the test's own),
 * signs a fresh account up and in with the test's browser from {@link BrowserExtension}, and then hands the test
 * its {@link AppProcess} and {@link Account} parameters.
 *
 * <p>When signing in fails, the browser's screenshot, page and console are saved under {@code target/failures/}
 * as for a failing test, and the error carries the tail of the application's log.
 */
final class SignedInExtension implements BeforeEachCallback, ParameterResolver {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SignedInExtension.class);

    @Override
    public void beforeEach(ExtensionContext context) {
        SignedIn signedIn = signedIn(context.getRequiredTestMethod());
        AppProcess app = signedIn.onPostgres() ? startOnPostgres(context)
                : signedIn.ownApplication() ? startOwnApplication(context) : SharedApplication.of(context);
        Account account = Account.fresh(signedIn.value());
        Browser browser = BrowserExtension.browserFor(context);
        try {
            Accounts.signUpAndSignIn(browser.driver(), app.baseUrl(), account);
        } catch (RuntimeException | AssertionError e) {
            BrowserExtension.saveFailureArtifacts(context, e);
            throw new IllegalStateException("Could not sign up and sign in as " + account.username() + " before "
                    + context.getDisplayName() + ": " + e.getMessage() + app.diagnostics(), e);
        }
        ExtensionContext.Store store = context.getStore(NAMESPACE);
        store.put(AppProcess.class, app);
        store.put(Account.class, account);
    }

    @Override
    public boolean supportsParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        return (type == AppProcess.class || type == Account.class || type == TestDatabase.class)
                && parameterContext.getDeclaringExecutable() instanceof Method method
                && AnnotationSupport.isAnnotated(method, SignedIn.class);
    }

    @Override
    public Object resolveParameter(ParameterContext parameterContext, ExtensionContext extensionContext) {
        Class<?> type = parameterContext.getParameter().getType();
        Object value = extensionContext.getStore(NAMESPACE).get(type, type);
        if (value == null) {
            throw new IllegalStateException(type.getSimpleName() + " is only given to tests whose @SignedIn asks for "
                    + "onPostgres = true");
        }
        return value;
    }

    private static SignedIn signedIn(Method test) {
        return AnnotationSupport.findAnnotation(test, SignedIn.class).orElseThrow(() -> new IllegalStateException(
                test + " uses SignedInExtension without @SignedIn, so it names no user to sign in as"));
    }

    /** A process for this test alone, on a fresh data folder, stopped when JUnit closes the test's store. */
    private static AppProcess startOwnApplication(ExtensionContext context) {
        return startOwn(context, Map.of());
    }

    /**
     * A process for this test alone on a new PostgreSQL database (and a fresh data folder for its files), which the
     * test can look into through its {@link TestDatabase} parameter.
     */
    private static AppProcess startOnPostgres(ExtensionContext context) {
        TestDatabase database = PostgresTestServer.createDatabase("e2e_" + context.getRequiredTestClass().getSimpleName());
        context.getStore(NAMESPACE).put(TestDatabase.class, database);
        return startOwn(context, Map.of("DEEPCANVAS_DB_URL", database.url(), "DEEPCANVAS_DB_USER", database.user(),
                "DEEPCANVAS_DB_PASSWORD", database.password()));
    }

    private static AppProcess startOwn(ExtensionContext context, Map<String, String> environment) {
        String folder = context.getRequiredTestClass().getSimpleName() + "-";
        AppProcess app = AppProcess.start(E2ePaths.freshDirectory("e2e-data", folder), environment);
        context.getStore(NAMESPACE).put("own application", (ExtensionContext.Store.CloseableResource) app::close);
        return app;
    }
}
