package dev.deepcanvas.graph.compile.mapping;

/**
 * The input nodes: a network input whose DL4J input type is the node's shape ({@link InputTypes}), whatever the
 * node's own parameters are called.
 */
abstract class NetworkInputMapping implements LayerMapping {

    @Override
    public void compile(BuildContext ctx) {
        ctx.addInput(InputTypes.of(ctx.outputShape()));
    }
}
