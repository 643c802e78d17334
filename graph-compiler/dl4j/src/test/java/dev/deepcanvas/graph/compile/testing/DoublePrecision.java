package dev.deepcanvas.graph.compile.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.factory.Nd4j;

/**
 * Makes ND4J's default data type double for a test class and restores the one before afterwards: gradient checks
 * against finite differences need doubles, and the other test classes in the same JVM expect floats. Use with
 * {@code @ExtendWith}.
 */
public final class DoublePrecision implements BeforeAllCallback, AfterAllCallback {

    private static final ExtensionContext.Namespace HERE = ExtensionContext.Namespace.create(DoublePrecision.class);

    @Override
    public void beforeAll(ExtensionContext context) {
        context.getStore(HERE).put(DataType.class, Nd4j.dataType());
        Nd4j.setDefaultDataTypes(DataType.DOUBLE, DataType.DOUBLE);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        DataType previous = context.getStore(HERE).remove(DataType.class, DataType.class);
        Nd4j.setDefaultDataTypes(previous, previous);
    }
}
