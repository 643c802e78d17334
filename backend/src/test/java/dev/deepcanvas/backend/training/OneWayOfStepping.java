package dev.deepcanvas.backend.training;

import dev.deepcanvas.graph.dl4j.TrainingThreads;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * For tests that compare runs bit for bit: every step of every run takes one way of stepping. A run with two or
 * more cores otherwise chooses its way by timing its first steps (TrainingThreads), and the two ways add the same
 * gradients in a different order.
 */
public class OneWayOfStepping implements BeforeEachCallback, AfterEachCallback {

    @Override
    public void beforeEach(ExtensionContext context) {
        System.setProperty(TrainingThreads.MEASURE, "false");
    }

    @Override
    public void afterEach(ExtensionContext context) {
        System.clearProperty(TrainingThreads.MEASURE);
    }
}
