package dev.deepcanvas.graph.dl4j;

import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * Java arrays a layer's backward pass works in, kept from one training step to the next so that a step allocates
 * none: a layer belongs to one network, which one thread trains at a time.
 */
final class ScratchArrays {

    private final float[][] arrays;

    ScratchArrays(int count) {
        arrays = new float[count][0];
    }

    /** Array {@code k}, at least {@code length} long; its contents are whatever the last use left. */
    float[] get(int k, int length) {
        if (arrays[k].length < length) {
            arrays[k] = new float[length];
        }
        return arrays[k];
    }

    /** Array {@code k} holding a copy of a whole {@link NativeFloats#contiguous} float array. */
    float[] copyOf(int k, INDArray array) {
        int length = (int) array.length();
        float[] copy = get(k, length);
        NativeFloats.of(array).get(0, copy, 0, length);
        return copy;
    }
}
