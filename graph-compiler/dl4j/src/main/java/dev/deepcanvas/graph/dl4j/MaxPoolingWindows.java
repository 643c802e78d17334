package dev.deepcanvas.graph.dl4j;

/**
 * Max pooling's forward and backward pass over planes of floats laid out one after another (channels first: each
 * example's channels, each a {@code height × width} plane), as loops over Java arrays. The windows are oneDNN's: a
 * window's maximum starts from {@code -Float.MAX_VALUE} and moves only to a strictly greater value, so that the
 * backward pass sends each output's gradient to the first element (in row order) holding the maximum, as oneDNN's
 * workspace does, and padding never wins.
 *
 * @param inHeight  input rows per plane
 * @param inWidth   input columns per plane
 * @param outHeight output rows per plane
 * @param outWidth  output columns per plane
 * @param kernel    window rows and columns
 * @param stride    step between windows, rows and columns
 * @param pad       padding before the first row and column
 */
record MaxPoolingWindows(int inHeight, int inWidth, int outHeight, int outWidth, int[] kernel, int[] stride,
                         int[] pad) {

    int inPlane() {
        return inHeight * inWidth;
    }

    int outPlane() {
        return outHeight * outWidth;
    }

    /** Writes the maximum of every window of planes [from, to) of {@code in} into {@code out}. */
    void forward(float[] in, float[] out, int from, int to) {
        if (isTwoByTwoInside()) {
            forwardTwoByTwo(in, out, from, to);
            return;
        }
        for (int p = from; p < to; p++) {
            int inBase = p * inPlane();
            int outAt = p * outPlane();
            for (int oh = 0; oh < outHeight; oh++) {
                for (int ow = 0; ow < outWidth; ow++) {
                    int at = argmax(in, inBase, oh, ow);
                    out[outAt++] = at < 0 ? -Float.MAX_VALUE : in[at];
                }
            }
        }
    }

    /**
     * Writes the gradient with respect to planes [from, to) of the input into {@code gradient}: each output's
     * gradient added to its window's {@link #argmax}, everything else zero.
     */
    void backward(float[] in, float[] outGradient, float[] gradient, int from, int to) {
        if (isTwoByTwoInside() && inHeight % 2 == 0 && inWidth % 2 == 0) {
            backwardTwoByTwo(in, outGradient, gradient, from, to);
            return;
        }
        java.util.Arrays.fill(gradient, from * inPlane(), to * inPlane(), 0f);
        for (int p = from; p < to; p++) {
            int inBase = p * inPlane();
            int outAt = p * outPlane();
            for (int oh = 0; oh < outHeight; oh++) {
                for (int ow = 0; ow < outWidth; ow++) {
                    int at = argmax(in, inBase, oh, ow);
                    if (at < 0) {
                        at = firstInWindow(inBase, oh, ow);
                    }
                    gradient[at] += outGradient[outAt++];
                }
            }
        }
    }

    /** The index of the window's first element above every one before it and {@code -Float.MAX_VALUE}; -1 if none. */
    private int argmax(float[] in, int inBase, int oh, int ow) {
        int top = oh * stride[0] - pad[0];
        int left = ow * stride[1] - pad[1];
        float best = -Float.MAX_VALUE;
        int at = -1;
        for (int kh = Math.max(0, -top); kh < kernel[0] && top + kh < inHeight; kh++) {
            int row = inBase + (top + kh) * inWidth;
            for (int kw = Math.max(0, -left); kw < kernel[1] && left + kw < inWidth; kw++) {
                int i = row + left + kw;
                float v = in[i];
                if (v > best) {
                    best = v;
                    at = i;
                }
            }
        }
        return at;
    }

    /** 2 × 2 windows with stride 2 and no padding (LeNet's): every window lies inside the input. */
    private boolean isTwoByTwoInside() {
        return kernel[0] == 2 && kernel[1] == 2 && stride[0] == 2 && stride[1] == 2 && pad[0] == 0 && pad[1] == 0;
    }

    /** {@link #forward} of 2 × 2 windows with stride 2, row by row. */
    private void forwardTwoByTwo(float[] in, float[] out, int from, int to) {
        for (int p = from; p < to; p++) {
            for (int oh = 0; oh < outHeight; oh++) {
                int top = p * inPlane() + 2 * oh * inWidth;
                int bottom = top + inWidth;
                int o = p * outPlane() + oh * outWidth;
                for (int ow = 0; ow < outWidth; ow++) {
                    int left = 2 * ow;
                    int at = argmaxOfFour(in, top + left, top + left + 1, bottom + left, bottom + left + 1);
                    out[o + ow] = at < 0 ? -Float.MAX_VALUE : in[at];
                }
            }
        }
    }

    /**
     * {@link #backward} of 2 × 2 windows with stride 2 that tile the input exactly: every input element is written
     * once, its window's gradient added to zero where it is the window's {@link #argmax}, else zero.
     */
    private void backwardTwoByTwo(float[] in, float[] outGradient, float[] gradient, int from, int to) {
        for (int p = from; p < to; p++) {
            for (int oh = 0; oh < outHeight; oh++) {
                int top = p * inPlane() + 2 * oh * inWidth;
                int bottom = top + inWidth;
                int o = p * outPlane() + oh * outWidth;
                for (int ow = 0; ow < outWidth; ow++) {
                    int left = 2 * ow;
                    int at = argmaxOfFour(in, top + left, top + left + 1, bottom + left, bottom + left + 1);
                    if (at < 0) {
                        at = top + left;
                    }
                    // the window's gradient where the maximum is, +0 elsewhere, chosen on the bits (no branch)
                    int g = Float.floatToRawIntBits(0f + outGradient[o + ow]);
                    gradient[top + left] = Float.intBitsToFloat(g & same(at, top + left));
                    gradient[top + left + 1] = Float.intBitsToFloat(g & same(at, top + left + 1));
                    gradient[bottom + left] = Float.intBitsToFloat(g & same(at, bottom + left));
                    gradient[bottom + left + 1] = Float.intBitsToFloat(g & same(at, bottom + left + 1));
                }
            }
        }
    }

    /**
     * {@link #argmax} of the four elements at these indices, in this order, without a branch: which element wins is
     * unpredictable on real activations, and the JIT compiles a float comparison that chooses into a branch, which
     * mispredicted made the pass six times slower. Each float becomes an integer {@link #key} of the same order, and
     * the index and key are chosen by masks. A window the keys cannot settle (a NaN, or nothing above
     * {@code -Float.MAX_VALUE}) goes to {@link #firstAbove}, one comparison that predicts well.
     */
    private static int argmaxOfFour(float[] in, int i0, int i1, int i2, int i3) {
        int at = i0;
        int best = key(in[i0]);
        int k = key(in[i1]);
        int above = above(k, best);
        at = (i1 & above) | (at & ~above);
        best = (k & above) | (best & ~above);
        k = key(in[i2]);
        above = above(k, best);
        at = (i2 & above) | (at & ~above);
        best = (k & above) | (best & ~above);
        k = key(in[i3]);
        above = above(k, best);
        at = (i3 & above) | (at & ~above);
        if (in[at] > -Float.MAX_VALUE) {
            return at;
        }
        return firstAbove(in, new int[] {i0, i1, i2, i3});
    }

    /**
     * An integer ordered as the floats are (negative floats' magnitude bits flipped), the two zeros made one (as
     * {@code >} sees them) by adding +0. A positive NaN's key is above every number's, a negative one's below.
     */
    static int key(float value) {
        int bits = Float.floatToRawIntBits(value + 0f);
        return bits ^ ((bits >> 31) & 0x7fffffff);
    }

    /** All ones when the two indices (not negative) are equal, else zeros, computed without a comparison. */
    private static int same(int index, int other) {
        return ((index ^ other) - 1) >> 31;
    }

    /** All ones when {@code key > best}, else zeros, computed without a comparison. */
    private static int above(int key, int best) {
        return (int) (((long) best - key) >> 63);
    }

    /** The first of these elements above every one before it and {@code -Float.MAX_VALUE}; -1 if none. */
    private static int firstAbove(float[] in, int[] indices) {
        float best = -Float.MAX_VALUE;
        int at = -1;
        for (int i : indices) {
            if (in[i] > best) {
                best = in[i];
                at = i;
            }
        }
        return at;
    }

    /** The window's first element inside the input: where a window of NaNs and infinities sends its gradient. */
    private int firstInWindow(int inBase, int oh, int ow) {
        int top = Math.max(0, oh * stride[0] - pad[0]);
        int left = Math.max(0, ow * stride[1] - pad[1]);
        return inBase + top * inWidth + left;
    }
}
