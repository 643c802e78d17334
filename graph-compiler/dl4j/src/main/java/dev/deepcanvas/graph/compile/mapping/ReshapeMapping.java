package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.layers.ReshapeLayerType;
import org.deeplearning4j.nn.conf.graph.ReshapeVertex;

/** Reshape: DL4J's ReshapeVertex, in DL4J's layout of the target shape. */
final class ReshapeMapping implements LayerMapping {

    @Override
    public Class<ReshapeLayerType> layerType() {
        return ReshapeLayerType.class;
    }

    @Override
    public void compile(BuildContext ctx) {
        Shape out = ctx.outputShape();
        // DL4J layouts: vector [b, n], sequence [b, F, T], image [b, C, H, W].
        int[] dl4j = switch (out.kind()) {
            case VECTOR -> new int[] {-1, (int) out.size()};
            case SEQUENCE -> new int[] {-1, (int) out.features(), (int) out.timeSteps()};
            case IMAGE -> new int[] {-1, (int) out.channels(), (int) out.height(), (int) out.width()};
            case TOKENS -> throw new IllegalStateException("Reshape never produces tokens");
        };
        ctx.addVertex(Recipe.of(ReshapeVertex::new, dl4j));
    }
}
