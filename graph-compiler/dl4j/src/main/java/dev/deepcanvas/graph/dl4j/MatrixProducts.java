package dev.deepcanvas.graph.dl4j;

import org.bytedeco.javacpp.FloatPointer;
import org.bytedeco.openblas.global.openblas_nolapack;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.shape.Shape;
import org.nd4j.linalg.factory.Nd4j;

/**
 * The dense layers' matrix products, each sent where it runs fastest by its shape alone: a product with a small side
 * (fewer than {@value #SMALL} rows, columns or terms per sum, as in an output layer of a few classes) to OpenBLAS's
 * {@code sgemm}, called directly; every other to libnd4j's {@code gemm}, which hands a row-major result to oneDNN.
 *
 * <p>Why: oneDNN's matrix product is slow when one side is small. On one core of an AMD EPYC, with its AVX-512
 * kernels and limited to AVX2 alike, a batch of 128 through a 512 → 10 output layer ran its forward product at
 * 36–39 GFLOP/s in oneDNN and 55 in OpenBLAS, the 4-unit and 8-unit cases at a third of OpenBLAS's speed; from 32 on,
 * oneDNN is level or ahead, on AVX-512 up to twice as fast (docs/performance.md, "Small matrix products"). The
 * choice depends on the shape only, never on a timing, so that a run's results are the same every time.
 *
 * <p>OpenBLAS is the one ND4J ships with nd4j-native (it runs libnd4j's column-major products), with as many
 * threads as {@link NativeBackend#useNativeThreads} last gave it.
 */
final class MatrixProducts {

    /** Below this many rows, columns or terms, a product goes to OpenBLAS. */
    static final int SMALL = 32;

    private static final int ROW_MAJOR = 101;
    private static final int NO_TRANSPOSE = 111;
    private static final int TRANSPOSE = 112;

    private MatrixProducts() {
    }

    /**
     * {@code c = op(a) · op(b)}, where op transposes when asked: what {@code Nd4j.gemm(a, b, c, transposeA,
     * transposeB, 1, 0)} computes, into a row-major {@code c}.
     */
    static void multiply(INDArray a, INDArray b, INDArray c, boolean transposeA, boolean transposeB) {
        long m = c.size(0);
        long n = c.size(1);
        long k = transposeA ? a.size(0) : a.size(1);
        if (Math.min(m, Math.min(n, k)) < SMALL && Operand.fits(a) && Operand.fits(b) && isRowMajorResult(c)) {
            Operand left = Operand.of(a, transposeA);
            Operand right = Operand.of(b, transposeB);
            openblas_nolapack.cblas_sgemm(ROW_MAJOR, left.transpose, right.transpose, (int) m, (int) n, (int) k,
                    1f, left.pointer, left.leadingDimension, right.pointer, right.leadingDimension, 0f,
                    start(c), (int) n);
        } else {
            Nd4j.gemm(a, b, c, transposeA, transposeB, 1.0, 0.0);
        }
    }

    private static boolean isRowMajorResult(INDArray c) {
        return c.dataType() == DataType.FLOAT && c.rank() == 2 && c.ordering() == 'c'
                && Shape.hasDefaultStridesForShape(c) && c.length() <= Integer.MAX_VALUE && startsItsBuffer(c);
    }

    /** The array's first element: ND4J gives a view its own buffer, whose address already includes the offset. */
    private static FloatPointer start(INDArray a) {
        return new FloatPointer(a.data().addressPointer());
    }

    private static boolean startsItsBuffer(INDArray a) {
        return a.offset() == a.data().offset();
    }

    /**
     * One factor as BLAS takes it: a matrix stored row-major, or column-major (which is its transpose stored
     * row-major, so the transposition flips and the leading dimension is the row count).
     */
    private record Operand(FloatPointer pointer, int transpose, int leadingDimension) {

        static boolean fits(INDArray a) {
            return a.dataType() == DataType.FLOAT && a.rank() == 2 && a.length() > 0
                    && a.length() <= Integer.MAX_VALUE && Shape.hasDefaultStridesForShape(a)
                    && (a.ordering() == 'c' || a.ordering() == 'f') && startsItsBuffer(a);
        }

        static Operand of(INDArray a, boolean transposed) {
            boolean rowMajor = a.ordering() == 'c';
            boolean flagged = rowMajor == transposed;
            return new Operand(start(a), flagged ? TRANSPOSE : NO_TRANSPOSE,
                    (int) (rowMajor ? a.size(1) : a.size(0)));
        }
    }
}
