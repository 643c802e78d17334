package dev.deepcanvas.bench.throughput;

import dev.deepcanvas.graph.dl4j.NativeBackend;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * What one large single-precision matrix product reaches through ND4J on this machine (1024 × 1024 × 1024, row-major,
 * the layout libnd4j hands to oneDNN): the practical ceiling that the models' GFLOP/s figures are read against.
 */
final class GemmCeiling {

    private static final int N = 1024;

    private GemmCeiling() {
    }

    /** Best GFLOP/s of three one-second runs with {@code threads} threads. */
    static double measure(int threads) {
        NativeBackend.limitThreadsOfCallingThread(threads);
        INDArray a = Nd4j.rand(DataType.FLOAT, N, N);
        INDArray b = Nd4j.rand(DataType.FLOAT, N, N);
        INDArray c = Nd4j.create(DataType.FLOAT, N, N);
        Nd4j.gemm(a, b, c, false, false, 1.0, 0.0);
        double best = 0;
        for (int run = 0; run < 3; run++) {
            long start = System.nanoTime();
            int products = 0;
            while (System.nanoTime() - start < 1_000_000_000L) {
                Nd4j.gemm(a, b, c, false, false, 1.0, 0.0);
                products++;
            }
            best = Math.max(best, 2.0 * N * N * N * products / ((System.nanoTime() - start) / 1e9) / 1e9);
        }
        return best;
    }
}
