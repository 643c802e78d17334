package dev.deepcanvas.backend.training;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * What identifies the data of one dataset part exactly: a SHA-256 over its arrays as the network took them, and its
 * row count. The same arrays always give the same fingerprint, on any machine; any changed value, row, order or
 * shape gives another.
 *
 * @param sha256 64 hex digits
 * @param rows   examples in the part
 */
public record DataFingerprint(String sha256, int rows) {

    /** Rows hashed per step, so that a big part is never copied whole. */
    private static final int ROWS_PER_STEP = 512;

    /**
     * The fingerprint of one part, given as its arrays in the order the network takes them (features, then labels).
     * Each array is hashed with its data type and shape, then its values row by row in C order as 64-bit floats
     * (exact for every type a dataset holds).
     *
     * @throws IllegalArgumentException when there are no arrays or they disagree on the number of rows
     */
    public static DataFingerprint of(List<INDArray> arrays) {
        if (arrays.isEmpty()) {
            throw new IllegalArgumentException("a fingerprint needs at least one array");
        }
        long rows = arrays.get(0).size(0);
        MessageDigest digest = newDigest();
        for (INDArray array : arrays) {
            if (array.size(0) != rows) {
                throw new IllegalArgumentException("arrays of one part must have the same rows: " + rows + " and "
                        + array.size(0));
            }
            digest.update((array.dataType().name() + java.util.Arrays.toString(array.shape()))
                    .getBytes(StandardCharsets.UTF_8));
            long perRow = array.length() / Math.max(1, rows);
            INDArray flat = array.reshape('c', rows, perRow);
            for (long from = 0; from < rows; from += ROWS_PER_STEP) {
                long to = Math.min(rows, from + ROWS_PER_STEP);
                double[][] values = flat.get(NDArrayIndex.interval(from, to), NDArrayIndex.all()).toDoubleMatrix();
                ByteBuffer bytes = ByteBuffer.allocate((int) ((to - from) * perRow * Double.BYTES));
                for (double[] row : values) {
                    for (double value : row) {
                        bytes.putDouble(value);
                    }
                }
                digest.update(bytes.array());
            }
        }
        return new DataFingerprint(HexFormat.of().formatHex(digest.digest()), (int) rows);
    }

    /** The first 12 hex digits: enough to tell fingerprints apart at a glance. */
    public String shortHash() {
        return sha256.substring(0, 12);
    }

    private static MessageDigest newDigest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime provides SHA-256", e);
        }
    }
}
