package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.layers.LayerType;

/**
 * How one layer type of the core vocabulary becomes DL4J: the DL4J half of a layer type, one class per type, listed
 * in {@link LayerMappings}. The core class says what the node means (parameters, shapes); this says which DL4J
 * objects build it, as recipes, so the compile and the Java export share it.
 */
public interface LayerMapping {

    /** The core layer type this maps. */
    Class<? extends LayerType> layerType();

    /** Adds the node to the DL4J graph. Called only for graphs the analyzer found valid. */
    void compile(BuildContext ctx);
}
