package dev.deepcanvas.e2e;

import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The application process that every {@link SignedIn} test of a run shares (see there why). It is started by the
 * first test that asks for it, on a fresh data folder {@code target/e2e-data/shared-*}, and stopped when JUnit
 * closes its root store at the end of the run.
 */
final class SharedApplication implements ExtensionContext.Store.CloseableResource {

    private static final ExtensionContext.Namespace NAMESPACE = ExtensionContext.Namespace.create(SharedApplication.class);

    private final AppProcess app;

    private SharedApplication(AppProcess app) {
        this.app = app;
    }

    /**
     * The run's application, started on first use. If it could not start, every later test fails at once with the
     * same error instead of waiting for a start of its own.
     */
    static AppProcess of(ExtensionContext context) {
        AppProcess app = context.getRoot().getStore(NAMESPACE)
                .getOrComputeIfAbsent(SharedApplication.class,
                        key -> new SharedApplication(AppProcess.start(E2ePaths.freshDirectory("e2e-data", "shared-"))),
                        SharedApplication.class)
                .app;
        if (!app.isRunning()) {
            throw new IllegalStateException("The application shared by the end-to-end tests is no longer running; "
                    + "its log says why." + app.diagnostics());
        }
        return app;
    }

    @Override
    public void close() {
        app.close();
    }
}
