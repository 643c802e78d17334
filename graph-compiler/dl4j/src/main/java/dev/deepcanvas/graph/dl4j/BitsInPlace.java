package dev.deepcanvas.graph.dl4j;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.IntBuffer;

/**
 * The frame of the element-wise Java passes of the activations ({@link ReluBackprop}, {@link LeakyRelu}): the floats
 * of one or two contiguous arrays copied as bits into per-thread Java arrays, a loop over a range of them, and the
 * result copied back over the first array, the whole cut into parts over the step's native threads
 * ({@link SplitLoop}). The loops work on bits so that they choose without a branch, which lets the JIT vectorise them.
 */
final class BitsInPlace {

    /** Fewest elements worth handing to another thread. */
    private static final int MIN_PART = 65_536;
    /** Per-thread scratch arrays: data-parallel parts run passes at once on their own threads. */
    private static final ThreadLocal<int[][]> SCRATCH = ThreadLocal.withInitial(() -> new int[2][0]);

    private BitsInPlace() {
    }

    /** A loop over [from, to) of the bits, writing its results into {@code first}. */
    @FunctionalInterface
    interface Loop {
        void run(int[] first, int[] second, int from, int to);
    }

    /** Whether {@link #apply} can run on these arrays: contiguous floats of one shape. */
    static boolean fits(INDArray first, INDArray second) {
        return NativeFloats.contiguous(first) && (second == null
                || first.equalShapes(second) && NativeFloats.contiguous(second));
    }

    /**
     * Runs {@code loop} over every element of {@code first} (and of {@code second}, read only, if given) and writes
     * the result over {@code first}. Both must {@link #fits}.
     */
    static void apply(INDArray first, INDArray second, Loop loop) {
        int n = (int) first.length();
        int[][] scratch = SCRATCH.get();
        if (scratch[0].length < n) {
            scratch[0] = new int[n];
            scratch[1] = new int[n];
        }
        int[] a = scratch[0];
        int[] b = scratch[1];
        IntBuffer firstBits = NativeFloats.bits(first);
        IntBuffer secondBits = second == null ? null : NativeFloats.bits(second);
        SplitLoop.forEach(n, MIN_PART, (from, to) -> {
            int length = to - from;
            firstBits.get(from, a, from, length);
            if (secondBits != null) {
                secondBits.get(from, b, from, length);
            }
            loop.run(a, b, from, to);
            firstBits.put(from, a, from, length);
        });
    }
}
