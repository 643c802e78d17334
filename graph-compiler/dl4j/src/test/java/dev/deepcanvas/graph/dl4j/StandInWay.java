package dev.deepcanvas.graph.dl4j;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Optional;
import java.util.concurrent.locks.LockSupport;

/**
 * A way of stepping for the trials' tests: it trains nothing, takes a set time per step, and gives that time as its
 * "outputs", so a test can tell which way took the last step.
 */
final class StandInWay implements NetworkFit {

    private final String name;
    private final long nanosPerStep;
    int steps;
    boolean closed;

    StandInWay(String name, long nanosPerStep) {
        this.name = name;
        this.nanosPerStep = nanosPerStep;
    }

    /** Waits {@code nanos} without spinning. */
    static void pause(long nanos) {
        long end = System.nanoTime() + nanos;
        while (System.nanoTime() < end) {
            LockSupport.parkNanos(end - System.nanoTime());
        }
    }

    @Override
    public void fit(MultiDataSet batch) {
        steps++;
        pause(nanosPerStep);
    }

    @Override
    public Optional<INDArray> lastOutputs(String output) {
        return Optional.of(Nd4j.scalar(DataType.FLOAT, nanosPerStep));
    }

    @Override
    public String describe() {
        return name;
    }

    @Override
    public void close() {
        closed = true;
    }
}
