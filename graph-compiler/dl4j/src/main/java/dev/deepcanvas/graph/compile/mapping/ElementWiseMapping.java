package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.compile.recipe.Recipe;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;

/** Add, Subtract, Multiply, Average and Max: DL4J's ElementWiseVertex with their operation. */
abstract class ElementWiseMapping implements LayerMapping {

    private final ElementWiseVertex.Op op;

    ElementWiseMapping(ElementWiseVertex.Op op) {
        this.op = op;
    }

    @Override
    public void compile(BuildContext ctx) {
        ctx.addVertex(Recipe.of(ElementWiseVertex::new, op));
    }
}
