package dev.deepcanvas.graph.compile.testing;

import dev.deepcanvas.graph.dl4j.NativeBackend;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Sets up the native back end before a test class builds networks, as the application does at start-up: with it,
 * DL4J's oneDNN helpers run in the tests as they do in DeepCanvas. Use with {@code @ExtendWith}.
 */
public final class NativeBackendConfigured implements BeforeAllCallback {

    @Override
    public void beforeAll(ExtensionContext context) {
        NativeBackend.configure();
    }
}
