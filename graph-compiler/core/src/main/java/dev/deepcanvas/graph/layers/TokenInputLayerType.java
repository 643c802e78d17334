package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;

/**
 * Integer token ids (words or characters), fed to an Embedding. DL4J receives [batch, 1, length] (or [batch, 1] for a
 * single token). The declared input type carries the vocabulary size as its "size", see {@link Shape#toInputType()}.
 */
public final class TokenInputLayerType extends AbstractLayerType {

    public TokenInputLayerType() {
        super("TokenInput", Category.INPUTS, Arity.NONE,
                "A sequence of word or character ids from a vocabulary; follow it with an Embedding.",
                ParamSpec.intParam("vocabulary", 1000, 2, 10_000_000, "How many different tokens exist"),
                ParamSpec.intParam("length", 20, 1, 1_000_000, "Tokens per sample (1 for a single categorical id)"));
    }

    @Override
    public Role role() {
        return Role.INPUT;
    }

    @Override
    public ShapeResult inferShape(ShapeContext ctx) {
        return ShapeResult.ok(Shape.tokens(ctx.params().getInt("length"), ctx.params().getInt("vocabulary")));
    }
}
