package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.analysis.Sizes;

/** Batch normalisation over the features (vectors) or channels (images). */
public final class BatchNormLayerType extends AbstractLayerType {

    public BatchNormLayerType() {
        super("BatchNorm", Category.CORE, Arity.ONE,
                "Re-centres and re-scales each feature/channel over the batch, which speeds up and steadies training.");
    }

    @Override
    public ShapeResult inferShape(ShapeContext ctx) {
        Shape in = ctx.input();
        ShapeResult bad = ShapeChecks.vectorOrImage(type(), in);
        if (bad != null) {
            return bad;
        }
        long features = in.isImage() ? in.channels() : in.size();
        // gamma, beta, and the running mean and variance: DL4J counts all four as parameters.
        return ShapeResult.ok(in, Sizes.mul(4, features), Sizes.mul(2, in.elementCount()));
    }

    /**
     * DL4J's FrozenLayerWithBackprop runs the wrapped layer in inference mode going forward, and batch
     * normalisation's backprop needs the batch statistics of a training-mode pass: the first generator step fails
     * inside DL4J.
     */
    @Override
    public String notInDiscriminatorBecause() {
        return "the frozen copy of the discriminator that trains the generator cannot back-propagate through batch "
                + "normalisation in DL4J, so training would crash at the first generator step. Delete it (a "
                + "LeakyReLU with slope 0.2 after each convolution keeps the discriminator's gradients flowing), or "
                + "keep batch normalisation in the generator.";
    }
}
