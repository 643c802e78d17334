package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.analysis.Sizes;
import org.nd4j.linalg.activations.Activation;
import org.deeplearning4j.nn.conf.layers.EmbeddingSequenceLayer;

/** A lookup table applied to every id of a token sequence: ids in, a sequence of vectors out. */
public final class EmbeddingSequenceLayerType extends AbstractLayerType {

    public EmbeddingSequenceLayerType() {
        super("EmbeddingSequence", Category.RECURRENT, Arity.ONE,
                "Turns each word/character id of a sequence into a learned vector, ready for LSTM or Conv1D.",
                ParamSpec.intParam("units", 32, 1, 100_000, "Length of each learned vector"));
    }

    @Override
    public ShapeResult inferShape(ShapeContext ctx) {
        Shape in = ctx.input();
        ShapeResult bad = ShapeChecks.tokens(type(), in);
        if (bad != null) {
            return bad;
        }
        if (in.timeSteps() < 2) {
            return ShapeChecks.mismatch("EmbeddingSequence reads a sequence of ids but gets a single id. "
                    + "Use Embedding for one id, or make the TokenInput longer.");
        }
        long units = ctx.params().getInt("units");
        return ShapeResult.ok(Shape.sequence(in.timeSteps(), units), Sizes.mul(in.vocabulary(), units),
                Sizes.mul(in.timeSteps(), units));
    }

    @Override
    public void compile(BuildContext ctx) {
        // nIn (the vocabulary) comes from the input type, which carries it as its size: setInputTypes would
        // otherwise overwrite an explicit nIn with the feature count 1.
        ctx.addLayer(Recipe.construct(EmbeddingSequenceLayer.Builder.class)
                .call("nOut", ctx.params().getInt("units"))
                .call("inputLength", (int) ctx.inputShapes().get(0).timeSteps())
                .call("hasBias", false)
                .call("activation", Activation.IDENTITY)
                .build());
    }
}
