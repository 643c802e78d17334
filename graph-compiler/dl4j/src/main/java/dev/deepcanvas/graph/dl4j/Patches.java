package dev.deepcanvas.graph.dl4j;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Arrays;

/**
 * im2col in Java: for every output position of a 2D convolution, the input patch it reads, laid out as libnd4j's
 * {@code im2col} lays it out, [batch, channels, kernel height, kernel width, output height, output width], zeros
 * where the patch overhangs the padding.
 *
 * <p>Why not libnd4j's op: on LeNet's first convolution (a batch of 32, 24 × 24 positions, 5 × 5 kernel) it took a
 * sixth of each data-parallel part's step in the profile (docs/performance.md, "LeNet's first convolution"). It
 * computes an index per element; here each kernel offset and output row is one contiguous copy of a row of the
 * input (with stride 1), between two Java arrays, moved to and from native memory in one bulk copy each.
 *
 * <p>One instance keeps its arrays from step to step; it belongs to one layer of one network, which one thread
 * trains at a time.
 */
final class Patches {

    private float[] input = new float[0];
    private float[] patches = new float[0];

    /**
     * Fills {@code out} with the patches of {@code in} ([batch, channels, height, width], dilation 1), or returns
     * false, leaving {@code out} alone, when either array is not a contiguous float array ({@link NativeFloats}).
     */
    boolean fill(INDArray in, int kernelHeight, int kernelWidth, int strideY, int strideX, int padY, int padX,
                 INDArray out) {
        if (in.rank() != 4 || out.rank() != 6 || !NativeFloats.contiguous(in) || !NativeFloats.contiguous(out)) {
            return false;
        }
        int batch = (int) in.size(0);
        int channels = (int) in.size(1);
        int height = (int) in.size(2);
        int width = (int) in.size(3);
        int outHeight = (int) out.size(4);
        int outWidth = (int) out.size(5);
        if (out.size(0) != batch || out.size(1) != channels || out.size(2) != kernelHeight
                || out.size(3) != kernelWidth) {
            return false;
        }
        int inLength = (int) in.length();
        int outLength = (int) out.length();
        if (input.length < inLength) {
            input = new float[inLength];
        }
        if (patches.length < outLength) {
            patches = new float[outLength];
        }
        NativeFloats.of(in).get(0, input, 0, inLength);
        int o = 0;
        for (int plane = 0; plane < batch * channels; plane++) {
            int planeStart = plane * height * width;
            for (int i = 0; i < kernelHeight; i++) {
                for (int j = 0; j < kernelWidth; j++) {
                    for (int y = 0; y < outHeight; y++) {
                        int inY = y * strideY - padY + i;
                        if (inY < 0 || inY >= height) {
                            Arrays.fill(patches, o, o + outWidth, 0f);
                        } else {
                            row(planeStart + inY * width, width, j - padX, strideX, o, outWidth);
                        }
                        o += outWidth;
                    }
                }
            }
        }
        NativeFloats.of(out).put(0, patches, 0, outLength);
        return true;
    }

    /**
     * One output row: element x reads the input row's element {@code firstX + x * stride}, zero outside the row
     * ({@code firstX} is negative where the padding comes first).
     */
    private void row(int rowStart, int width, int firstX, int stride, int o, int count) {
        if (stride == 1) {
            int from = Math.min(count, Math.max(0, -firstX));
            int to = Math.max(from, Math.min(count, width - firstX));
            Arrays.fill(patches, o, o + from, 0f);
            if (to > from) {
                System.arraycopy(input, rowStart + firstX + from, patches, o + from, to - from);
            }
            Arrays.fill(patches, o + to, o + count, 0f);
            return;
        }
        for (int x = 0; x < count; x++) {
            int inX = firstX + x * stride;
            patches[o + x] = inX >= 0 && inX < width ? input[rowStart + inX] : 0f;
        }
    }
}
