package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;

/**
 * A prediction for every pixel: the picture that arrives is the network's answer, scored pixel by pixel against a
 * target picture of the same shape (an autoencoder's own input, a clean picture for a noisy one). It has no
 * weights; the layers before it must already make a picture of the target's height, width and channels. It applies
 * its activation to that picture, like an Output layer to its weighted sum, so the layer before it should be linear:
 * a sigmoid there and here again could never draw a pixel below 0.5. In DL4J this is a {@code CnnLossLayer}.
 */
public final class ImageOutputLayerType extends AbstractLayerType {

    public ImageOutputLayerType() {
        super("ImageOutput", Category.CONVOLUTION, Arity.ONE,
                "A picture as the answer, scored pixel by pixel: sigmoid + xent for pixels in [0, 1], identity + "
                        + "mse for other numbers. It applies its activation itself: keep the layer before it linear.",
                ParamSpec.enumParam("activation", "sigmoid", Activations.OUTPUT,
                        "Applied here to the picture that arrives, so the layer before it should be linear "
                                + "(identity): sigmoid for pixels in [0, 1], identity for other numbers, softmax "
                                + "for a class per pixel"),
                Losses.param("xent"));
    }

    @Override
    public Role role() {
        return Role.OUTPUT;
    }

    @Override
    public String checkParams(Params p) {
        // The unit count is the incoming channels, known only with the shape: a single-channel softmax is
        // refused in inferShape.
        return Losses.checkCombination(p.getString("loss"), p.getString("activation"), Integer.MAX_VALUE);
    }

    @Override
    public ShapeResult inferShape(ShapeContext ctx) {
        Shape in = ctx.input();
        ShapeResult notImage = ShapeChecks.image(type(), in);
        if (notImage != null) {
            return notImage;
        }
        String combination = Losses.checkCombination(ctx.params().getString("loss"),
                ctx.params().getString("activation"), in.channels());
        if (combination != null) {
            return ShapeChecks.mismatch(combination);
        }
        return ShapeResult.ok(in);
    }
}
