package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.analysis.Sizes;

import java.util.List;

/** A transposed ("de-") convolution that enlarges the image; the generator's main tool. */
public final class Conv2DTransposeLayerType extends AbstractLayerType {

    public Conv2DTransposeLayerType() {
        super("Conv2DTranspose", Category.CONVOLUTION, Arity.ONE,
                "A learned up-sampling: spreads each input pixel over a kernel-sized patch of a larger image.",
                ParamSpec.intParam("filters", 16, 1, 100_000, "Number of filters = output channels"),
                ParamSpec.intListParam("kernel", List.of(3, 3), 1, 100_000, "Filter size [height, width]"),
                ParamSpec.intListParam("stride", List.of(2, 2), 1, 100_000, "Up-sampling factor [down, across]"),
                Padding.param(),
                Activations.param("relu"));
    }

    @Override
    public ShapeResult inferShape(ShapeContext ctx) {
        Shape in = ctx.input();
        ShapeResult bad = SlidingWindow2D.checkParams(type(), in, ctx.params(), "kernel");
        if (bad != null) {
            return bad;
        }
        int[] k = Padding.pair(ctx.params().getIntList("kernel"));
        int[] s = Padding.pair(ctx.params().getIntList("stride"));
        String padding = ctx.params().getString("padding");
        ShapeResult gaps = Padding.checkSameTransposed(type(), k[0], s[0], padding, "height");
        if (gaps == null) {
            gaps = Padding.checkSameTransposed(type(), k[1], s[1], padding, "width");
        }
        if (gaps != null) {
            return gaps;
        }
        boolean same = padding.equals("same");
        // DL4J: same → in·stride; truncate (valid) → stride·(in − 1) + kernel.
        long oh = same ? Sizes.mul(in.height(), s[0]) : Sizes.add(Sizes.mul(s[0], in.height() - 1), k[0]);
        long ow = same ? Sizes.mul(in.width(), s[1]) : Sizes.add(Sizes.mul(s[1], in.width() - 1), k[1]);
        long filters = ctx.params().getInt("filters");
        long perFilter = Sizes.mul(k[0], k[1], in.channels());
        return ShapeResult.ok(Shape.image(oh, ow, filters), Sizes.add(Sizes.mul(perFilter, filters), filters),
                Sizes.mul(in.height(), in.width(), filters, perFilter));
    }
}
