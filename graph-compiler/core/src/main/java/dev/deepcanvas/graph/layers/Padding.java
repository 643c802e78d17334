package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.ProblemCode;

import java.util.List;

/**
 * Keras' two padding modes and the output-size arithmetic that goes with them, matching DL4J's Truncate (valid) and
 * Same convolution modes.
 */
public final class Padding {

    public static final List<String> MODES = List.of("valid", "same");

    private Padding() {
    }

    public static ParamSpec param() {
        return ParamSpec.enumParam("padding", "valid", MODES,
                "valid: no padding, the output shrinks; same: pad so the output keeps size/stride");
    }

    /**
     * With "same" padding the window must cover its stride: a stride larger than the kernel steps over input positions
     * that no window ever reads (and where the padding DL4J computes comes out negative, it fails). "valid" padding
     * says plainly that the edges may be cut, so it is left alone. Null when fine.
     */
    public static ShapeResult checkSame(String type, long kernel, long stride, String padding, String axis) {
        if (!padding.equals("same") || kernel >= stride) {
            return null;
        }
        return ShapeResult.fail(ProblemCode.BAD_PARAM, type + " with padding \"same\" and a stride of " + stride
                + " needs a kernel of at least " + stride + " along the " + axis + " (it is " + kernel + "), or "
                + (stride - kernel) + " of every " + stride + " input positions are skipped. Use a larger kernel, "
                + "a smaller stride or padding \"valid\".");
    }

    /**
     * The transposed convolution's side of the same rule: with "same" padding a stride larger than the kernel leaves
     * output positions that no input pixel reaches (always zero), and DL4J's padding for it comes out negative, so
     * its gradient fails. Null when fine.
     */
    public static ShapeResult checkSameTransposed(String type, long kernel, long stride, String padding,
                                                  String axis) {
        if (!padding.equals("same") || kernel >= stride) {
            return null;
        }
        return ShapeResult.fail(ProblemCode.BAD_PARAM, type + " with padding \"same\" and a stride of " + stride
                + " needs a kernel of at least " + stride + " along the " + axis + " (it is " + kernel + "), or "
                + (stride - kernel) + " of every " + stride + " output positions get no input. Use a larger "
                + "kernel, a smaller stride or padding \"valid\".");
    }

    /** Output length along one axis, or -1 when the window does not fit (valid padding). */
    public static long outSize(long in, long kernel, long stride, String padding) {
        if (padding.equals("same")) {
            return (in + stride - 1) / stride;
        }
        if (kernel > in) {
            return -1;
        }
        return (in - kernel) / stride + 1;
    }

    /** The KERNEL_TOO_LARGE failure for a window that does not fit. */
    public static ShapeResult tooLarge(String type, String what, long kernel, long in, String axis) {
        return ShapeResult.fail(ProblemCode.KERNEL_TOO_LARGE, type + " " + what + " of " + kernel
                + " is larger than the input " + axis + " of " + in + ". Use a smaller " + what
                + ", padding \"same\", or remove a pooling step before it.");
    }

    /** Reads a 2-element [height, width] list, accepting a single value for both. */
    public static int[] pair(List<Integer> values) {
        return values.size() == 1 ? new int[] {values.get(0), values.get(0)}
                : new int[] {values.get(0), values.get(1)};
    }

    /** Null when the list has one or two elements, else the BAD_PARAM failure. */
    public static ShapeResult checkPair(String type, String name, List<Integer> values) {
        if (values.size() <= 2) {
            return null;
        }
        return ShapeResult.fail(ProblemCode.BAD_PARAM, type + " \"" + name + "\" takes one or two numbers "
                + "([height, width]) but has " + values.size() + ".");
    }
}
