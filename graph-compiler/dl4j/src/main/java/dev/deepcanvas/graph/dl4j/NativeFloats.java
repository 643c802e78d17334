package dev.deepcanvas.graph.dl4j;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.IntBuffer;

/**
 * An ND4J float array's elements as a {@link FloatBuffer} over its native memory, for Java loops that read or write
 * whole arrays at once (bulk copies between the buffer and a Java array run at memory speed; one ND4J call per
 * element or per small op would not).
 */
final class NativeFloats {

    private NativeFloats() {
    }

    /**
     * Whether the array is float, no longer than a Java array, and its elements lie next to each other in memory in
     * the order {@code 'c'} lists them (any vector with unit stride), so that {@link #of} reads them in that order.
     */
    static boolean contiguous(INDArray a) {
        long length = a.length();
        boolean adjacent = length == 1 || a.elementWiseStride() == 1 && (a.isVector() || a.ordering() == 'c');
        return a.dataType() == DataType.FLOAT && length <= Integer.MAX_VALUE && adjacent
                && a.offset() + length <= a.data().underlyingLength();
    }

    /**
     * The elements of a {@link #contiguous} array from its first one on. ND4J gives a view's whole underlying buffer
     * and the view's offset into it; the buffer returned starts at the view.
     */
    static FloatBuffer of(INDArray a) {
        return a.data().asNio().order(ByteOrder.nativeOrder()).asFloatBuffer().position((int) a.offset()).slice();
    }

    /** The bits of a {@link #contiguous} array's floats, for loops that work on them as integers. */
    static IntBuffer bits(INDArray a) {
        return a.data().asNio().order(ByteOrder.nativeOrder()).asIntBuffer().position((int) a.offset()).slice();
    }
}
