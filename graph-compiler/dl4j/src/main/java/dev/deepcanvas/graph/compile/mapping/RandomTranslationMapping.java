package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.dl4j.RandomShift;
import dev.deepcanvas.graph.layers.RandomTranslationLayerType;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.nd4j.linalg.activations.Activation;

/** RandomTranslation in DL4J. */
final class RandomTranslationMapping implements LayerMapping {

    @Override
    public Class<RandomTranslationLayerType> layerType() {
        return RandomTranslationLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        Shape in = ctx.inputShapes().get(0);
        ctx.addLayer(Recipe.construct(DropoutLayer.Builder.class, Recipe.construct(RandomShift.class,
                        pixels(ctx.params().getDouble("heightFactor"), in.height()),
                        pixels(ctx.params().getDouble("widthFactor"), in.width())))
                .call("activation", Activation.IDENTITY).build());
    }

    /** Keras' factor of a side, in whole pixels. */
    static int pixels(double factor, long side) {
        return (int) Math.round(factor * side);
    }
}
