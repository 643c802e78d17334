package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.dl4j.RandomShift;
import dev.deepcanvas.graph.layers.RandomTranslationLayerType;
import org.deeplearning4j.nn.conf.layers.DropoutLayer;
import org.nd4j.linalg.activations.Activation;

/** RandomTranslation: a DropoutLayer whose dropout is our RandomShift (active while training only). */
final class RandomTranslationMapping implements LayerMapping {

    @Override
    public Class<RandomTranslationLayerType> layerType() {
        return RandomTranslationLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        Shape in = ctx.inputShapes().get(0);
        ctx.addLayer(Recipe.wrap(DropoutLayer.Builder::new, Recipe.of(RandomShift::new,
                        pixels(ctx.params().getDouble("heightFactor"), in.height()),
                        pixels(ctx.params().getDouble("widthFactor"), in.width())))
                .with(DropoutLayer.Builder::activation, Activation.IDENTITY)
                .then(DropoutLayer.Builder::build));
    }

    /** Keras' factor of a side, in whole pixels. */
    static int pixels(double factor, long side) {
        return (int) Math.round(factor * side);
    }
}
