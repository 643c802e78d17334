package dev.deepcanvas.graph.analysis;

/**
 * Saturating arithmetic for size estimates: a hostile graph (a Dense of 10^9 units after another) must produce a
 * huge-but-finite estimate that the TOO_LARGE check catches, never a negative number from overflow.
 */
public final class Sizes {

    private Sizes() {
    }

    public static long mul(long a, long b) {
        if (a < 0 || b < 0) {
            return Long.MAX_VALUE;
        }
        long r = a * b;
        if (a != 0 && (r / a != b)) {
            return Long.MAX_VALUE;
        }
        return r;
    }

    public static long mul(long a, long b, long c) {
        return mul(mul(a, b), c);
    }

    public static long mul(long a, long b, long c, long d) {
        return mul(mul(a, b), mul(c, d));
    }

    public static long add(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            return Long.MAX_VALUE;
        }
        return r;
    }

    public static long add(long a, long b, long c) {
        return add(add(a, b), c);
    }
}
