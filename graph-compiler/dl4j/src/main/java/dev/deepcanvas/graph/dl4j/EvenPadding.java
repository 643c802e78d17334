package dev.deepcanvas.graph.dl4j;

/**
 * The padding per side of a transposed convolution that maps a map of {@code small} positions onto one of
 * {@code large} with a kernel and stride, where it is equal on both sides: in total
 * {@code (small − 1) · stride + kernel − large}, split evenly. Both oneDNN paths that run a transposed convolution with explicit padding need it: the
 * transposed convolution layer's own passes ({@link TransposedConvolutionLayer}) and a frozen convolution's input
 * gradient ({@link FastConvolutionLayer}).
 */
final class EvenPadding {

    /** Where no even split exists: the total is negative or odd. */
    static final int NONE = -1;

    private EvenPadding() {
    }

    /** The padding on each side, or {@link #NONE} where the total is negative or does not split evenly. */
    static int perSide(long small, long large, int kernel, int stride) {
        long total = (small - 1) * stride + kernel - large;
        return total < 0 || total % 2 != 0 ? NONE : (int) (total / 2);
    }
}
