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
     * With "same" padding DL4J pads so that (out − 1)·stride + kernel covers the input; when a stride larger than the
     * kernel would leave input positions uncovered the padding comes out negative and DL4J fails. Null when fine.
     */
    public static ShapeResult checkSame(String type, long in, long kernel, long stride, String padding, String axis) {
        if (!padding.equals("same")) {
            return null;
        }
        long out = (in + stride - 1) / stride;
        if ((out - 1) * stride + kernel >= in) {
            return null;
        }
        return ShapeResult.fail(ProblemCode.BAD_PARAM, type + " with padding \"same\" and a stride of " + stride
                + " needs a kernel of at least " + (in - (out - 1) * stride) + " along the " + axis + " (it is "
                + kernel + "), or some input positions are skipped. Use a larger kernel, a smaller stride or "
                + "padding \"valid\".");
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
