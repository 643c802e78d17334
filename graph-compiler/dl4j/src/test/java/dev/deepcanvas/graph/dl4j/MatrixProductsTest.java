package dev.deepcanvas.graph.dl4j;

import dev.deepcanvas.graph.compile.testing.NativeBackendConfigured;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import static org.assertj.core.api.Assertions.assertThat;

/** Every layout a dense layer hands over, on both sides of the small-shape rule, against a product in doubles. */
@ExtendWith(NativeBackendConfigured.class)
class MatrixProductsTest {

    @Test
    void everyLayoutAndTranspositionGivesTheProduct() {
        int[][] shapes = {{7, 10, 33}, {40, 3, 50}, {33, 40, 1}, {64, 48, 40}, {5, 9, 4}};
        Nd4j.getRandom().setSeed(21);
        for (int[] shape : shapes) {
            int m = shape[0];
            int n = shape[1];
            int k = shape[2];
            for (boolean transposeA : new boolean[] {false, true}) {
                for (boolean transposeB : new boolean[] {false, true}) {
                    for (char orderA : new char[] {'c', 'f'}) {
                        for (char orderB : new char[] {'c', 'f'}) {
                            INDArray a = factor(transposeA ? k : m, transposeA ? m : k, orderA);
                            INDArray b = factor(transposeB ? n : k, transposeB ? k : n, orderB);
                            INDArray c = Nd4j.createUninitialized(DataType.FLOAT, m, n);
                            MatrixProducts.multiply(a, b, c, transposeA, transposeB);
                            String what = String.format("%d×%d×%d, A %s%s, B %s%s", m, n, k, orderA,
                                    transposeA ? "ᵀ" : "", orderB, transposeB ? "ᵀ" : "");
                            assertThat(maxError(c, inDoubles(a, b, transposeA, transposeB))).as(what)
                                    .isLessThan(1e-5);
                        }
                    }
                }
            }
        }
    }

    @Test
    void aResultThatIsTheTransposedViewOfAColumnMajorGradientIsWrittenInPlace() {
        // the weight gradient: a column-major [nIn, nOut] view inside a larger gradient array, seen as its transpose
        Nd4j.getRandom().setSeed(22);
        INDArray gradients = Nd4j.zeros(DataType.FLOAT, 1, 3 + 20 * 10);
        INDArray view = gradients.get(NDArrayIndex.point(0), NDArrayIndex.interval(3, 203)).reshape('f', 20, 10);
        INDArray delta = Nd4j.rand(DataType.FLOAT, 16, 10);
        INDArray input = Nd4j.rand(DataType.FLOAT, 16, 20);
        MatrixProducts.multiply(delta, input, view.transpose(), true, false);
        assertThat(maxError(view, inDoubles(input, delta, true, false))).isLessThan(1e-5);
        assertThat(gradients.get(NDArrayIndex.point(0), NDArrayIndex.interval(0, 3)).amaxNumber().doubleValue())
                .as("nothing written before the view").isZero();
    }

    /** Random floats in the layout asked for, as a view at an offset into a larger array. */
    private static INDArray factor(int rows, int columns, char order) {
        INDArray storage = Nd4j.rand(DataType.FLOAT, 1, 5 + rows * columns);
        return storage.get(NDArrayIndex.point(0), NDArrayIndex.interval(5, 5 + rows * columns))
                .reshape(order, rows, columns);
    }

    private static double[][] inDoubles(INDArray a, INDArray b, boolean transposeA, boolean transposeB) {
        INDArray left = transposeA ? a.transpose() : a;
        INDArray right = transposeB ? b.transpose() : b;
        double[][] x = left.toDoubleMatrix();
        double[][] y = right.toDoubleMatrix();
        double[][] product = new double[x.length][y[0].length];
        for (int i = 0; i < x.length; i++) {
            for (int j = 0; j < y[0].length; j++) {
                double sum = 0;
                for (int p = 0; p < y.length; p++) {
                    sum += x[i][p] * y[p][j];
                }
                product[i][j] = sum;
            }
        }
        return product;
    }

    private static double maxError(INDArray actual, double[][] expected) {
        double[][] values = actual.toDoubleMatrix();
        double worst = 0;
        for (int i = 0; i < expected.length; i++) {
            for (int j = 0; j < expected[0].length; j++) {
                worst = Math.max(worst, Math.abs(values[i][j] - expected[i][j]) / Math.max(1, Math.abs(expected[i][j])));
            }
        }
        return worst;
    }
}
