package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;

/**
 * The arithmetic every 2D sliding-window layer shares (convolutions and pooling): the window and stride pairs, the
 * padding mode, and the output height and width, with the same problems for the same mistakes.
 */
final class SlidingWindow2D {

    private SlidingWindow2D() {
    }

    /**
     * Where the window stands: its size, and the output height and width; or, when it cannot slide, the problem.
     */
    record Slide(int[] window, int[] stride, long height, long width, ShapeResult problem) {

        static Slide failed(ShapeResult problem) {
            return new Slide(null, null, -1, -1, problem);
        }
    }

    /**
     * The input must be an image and window and stride [height, width] pairs.
     *
     * @param windowParam the window's parameter and its word in messages: "kernel" or "pool"
     * @return null when they are, else the problem
     */
    static ShapeResult checkParams(String type, Shape in, Params params, String windowParam) {
        ShapeResult bad = ShapeChecks.image(type, in);
        if (bad == null) {
            bad = Padding.checkPair(type, windowParam, params.getIntList(windowParam));
        }
        if (bad == null) {
            bad = Padding.checkPair(type, "stride", params.getIntList("stride"));
        }
        return bad;
    }

    /** Slides the window over the input under the layer's padding; call after {@link #checkParams}. */
    static Slide slide(String type, Shape in, Params params, String windowParam) {
        int[] k = Padding.pair(params.getIntList(windowParam));
        int[] s = Padding.pair(params.getIntList("stride"));
        String padding = params.getString("padding");
        ShapeResult skip = Padding.checkSame(type, k[0], s[0], padding, "height");
        if (skip == null) {
            skip = Padding.checkSame(type, k[1], s[1], padding, "width");
        }
        if (skip != null) {
            return Slide.failed(skip);
        }
        long oh = Padding.outSize(in.height(), k[0], s[0], padding);
        if (oh < 0) {
            return Slide.failed(Padding.tooLarge(type, windowParam + " height", k[0], in.height(), "height"));
        }
        long ow = Padding.outSize(in.width(), k[1], s[1], padding);
        if (ow < 0) {
            return Slide.failed(Padding.tooLarge(type, windowParam + " width", k[1], in.width(), "width"));
        }
        return new Slide(k, s, oh, ow, null);
    }
}
