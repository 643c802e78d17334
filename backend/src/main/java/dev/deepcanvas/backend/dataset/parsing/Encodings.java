package dev.deepcanvas.backend.dataset.parsing;

import dev.deepcanvas.backend.dataset.TensorSpec;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/** Builds the DL4J arrays labels and token inputs are made of, in the layouts {@link TensorSpec} documents. */
public final class Encodings {

    private Encodings() {
    }

    /** One row per sample with a 1 in the column of its class: [n, classes]. */
    public static INDArray oneHotRows(int[] classes, int classCount) {
        float[] data = new float[classes.length * classCount];
        for (int i = 0; i < classes.length; i++) {
            data[i * classCount + classes[i]] = 1f;
        }
        return Nd4j.create(data, new long[]{classes.length, classCount}, DataType.FLOAT);
    }

    /** One-hot per time step, in DL4J's recurrent layout [n, vocabulary, time steps]. */
    public static INDArray oneHotSequences(int[][] ids, int vocabulary) {
        int n = ids.length;
        int steps = ids[0].length;
        float[] data = new float[n * vocabulary * steps];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < steps; t++) {
                data[(i * vocabulary + ids[i][t]) * steps + t] = 1f;
            }
        }
        return Nd4j.create(data, new long[]{n, vocabulary, steps}, DataType.FLOAT);
    }

    /** Token ids as DL4J's embedding-sequence layer reads them: [n, 1, time steps]. */
    public static INDArray tokenIds(int[][] ids) {
        int n = ids.length;
        int steps = ids[0].length;
        float[] data = new float[n * steps];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < steps; t++) {
                data[i * steps + t] = ids[i][t];
            }
        }
        return Nd4j.create(data, new long[]{n, 1, steps}, DataType.FLOAT);
    }

    /** Rows of numbers as a [n, columns] array. */
    public static INDArray rows(double[][] values) {
        int n = values.length;
        int columns = values[0].length;
        float[] data = new float[n * columns];
        for (int i = 0; i < n; i++) {
            for (int c = 0; c < columns; c++) {
                data[i * columns + c] = (float) values[i][c];
            }
        }
        return Nd4j.create(data, new long[]{n, columns}, DataType.FLOAT);
    }
}
