package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;

/** An image input; DL4J receives it as [batch, channels, height, width]. */
public final class ImageInputLayerType extends AbstractLayerType {

    public ImageInputLayerType() {
        super("ImageInput", Category.INPUTS, Arity.NONE,
                "An image of height × width × channels, e.g. 28×28×1 digits or 32×32×3 colour pictures.",
                ParamSpec.intParam("height", 28, 1, 100_000, "Image height in pixels"),
                ParamSpec.intParam("width", 28, 1, 100_000, "Image width in pixels"),
                ParamSpec.intParam("channels", 1, 1, 100_000, "1 for grey, 3 for colour (RGB)"));
    }

    @Override
    public Role role() {
        return Role.INPUT;
    }

    @Override
    public ShapeResult inferShape(ShapeContext ctx) {
        Params p = ctx.params();
        return ShapeResult.ok(Shape.image(p.getInt("height"), p.getInt("width"), p.getInt("channels")));
    }
}
