package dev.deepcanvas.graph.dl4j;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * The update at the end of a data-parallel step (adding the parts' gradients, Adam, subtracting the update from the
 * parameters), cut into contiguous slices of the parameter vector that the step's worker threads do at the same time.
 *
 * <p>Why: profiling the bench's MLP on two data-parallel parts (docs/performance.md, "Measured, not guessed")
 * found the second part's thread idle for half of every step, waiting while the first did that update alone over all
 * 535,000 parameters; the update is as long as half the batch's forward and backward pass. Every element of it
 * depends on that element alone, so slices give the same numbers in any order.
 *
 * <p>{@link DataParallelFit} makes its workers available to the code it calls ({@link #current()}) for the length
 * of a step; elsewhere there are none and the update runs on the calling thread as before.
 */
final class ParameterSlices {

    /**
     * Fewest elements worth a slice of their own: handing a slice to another thread costs a few microseconds, the
     * time a thread needs for about this many elements of Adam.
     */
    static final int MIN_SLICE = 16_384;

    private static final ThreadLocal<ParameterSlices> CURRENT = new ThreadLocal<>();

    private final ExecutorService helpers;
    private final int threads;

    /** @param helpers threads other than the caller's, idle while the caller updates; {@code threads - 1} of them */
    ParameterSlices(ExecutorService helpers, int threads) {
        this.helpers = helpers;
        this.threads = threads;
    }

    /** One slice's work, on the elements [from, to), numbered {@code slice} of {@code slices}. */
    @FunctionalInterface
    interface SliceTask {
        void run(int slice, int slices, long from, long to);
    }

    /** The slices the calling thread may use now: present only inside a data-parallel step. */
    static Optional<ParameterSlices> current() {
        return Optional.ofNullable(CURRENT.get());
    }

    /** Runs {@code body} with these slices as the calling thread's {@link #current()}. */
    void during(Runnable body) {
        ParameterSlices before = CURRENT.get();
        CURRENT.set(this);
        try {
            body.run();
        } finally {
            CURRENT.set(before);
        }
    }

    /** How many slices {@code length} elements are cut into: at most one per thread, none under {@link #MIN_SLICE}. */
    int slicesFor(long length) {
        return (int) Math.max(1, Math.min(threads, length / MIN_SLICE));
    }

    /**
     * Runs {@code task} over [0, length) in {@link #slicesFor} slices, the first on the calling thread and the others
     * on the helpers, and returns when all are done. Slice bounds are multiples of 16 elements (a 64-byte cache line
     * of floats), so that two threads never write the same line.
     */
    void forEach(long length, SliceTask task) {
        int slices = slicesFor(length);
        if (slices < 2) {
            task.run(0, 1, 0, length);
            return;
        }
        long[] bounds = new long[slices + 1];
        for (int s = 1; s < slices; s++) {
            bounds[s] = length * s / slices / 16 * 16;
        }
        bounds[slices] = length;
        List<Future<?>> others = new ArrayList<>(slices - 1);
        for (int s = 1; s < slices; s++) {
            int slice = s;
            others.add(helpers.submit(() -> task.run(slice, slices, bounds[slice], bounds[slice + 1])));
        }
        Completion.alongside(() -> task.run(0, slices, bounds[0], bounds[1]), others, "an update");
    }

    /**
     * Whether the arrays are float vectors of one length with contiguous elements (a network's flattened parameters
     * and gradients are), so that {@link #range} can cut them.
     */
    static boolean sliceable(INDArray... arrays) {
        for (INDArray a : arrays) {
            if (a.dataType() != DataType.FLOAT || !a.isVector() || a.length() != arrays[0].length()
                    || a.elementWiseStride() != 1) {
                return false;
            }
        }
        return true;
    }

    /** Elements [from, to) of a {@link #sliceable} vector, as a view. */
    static INDArray range(INDArray vector, long from, long to) {
        return vector.reshape(vector.length()).get(NDArrayIndex.interval(from, to));
    }
}
