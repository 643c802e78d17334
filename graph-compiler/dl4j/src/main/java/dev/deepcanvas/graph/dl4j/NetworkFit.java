package dev.deepcanvas.graph.dl4j;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.MultiDataSet;

import java.util.Optional;

/** One training step at a time on a network, however the step is spread over the cores ({@link TrainingThreads}). */
public interface NetworkFit extends AutoCloseable {

    /** One training step on the whole batch, with the update {@code network.fit(batch)} makes. */
    void fit(MultiDataSet batch);

    /**
     * The outputs of output layer {@code output} for the whole batch of the last {@link #fit}, in its row order, as
     * that step's forward pass computed them before its update ({@link TrainingOutputs}); empty where the step did not
     * keep them.
     */
    Optional<INDArray> lastOutputs(String output);

    /** How the steps use the cores, in a few words (for the run's log and the bench). */
    String describe();

    /**
     * How the coming steps use the cores, without the figures a {@link MeasuredFit} chose by: the same as
     * {@link #describe()} for a fixed way.
     */
    default String way() {
        return describe();
    }

    /**
     * Whether the way of stepping is decided, so that {@link #way()} says how the coming steps run; false while
     * a {@link MeasuredFit} is still timing its two ways.
     */
    default boolean settled() {
        return true;
    }

    /** Releases the worker threads, if any. */
    @Override
    void close();
}
