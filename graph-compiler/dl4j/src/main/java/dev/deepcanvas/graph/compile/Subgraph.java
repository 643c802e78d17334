package dev.deepcanvas.graph.compile;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which part of a document becomes one DL4J graph. The whole document for ordinary graphs; for GAN documents the
 * generator, the discriminator, or the generator feeding a frozen discriminator.
 *
 * @param nodes        node ids to include (null: all)
 * @param substitutes  node id → node id: edges from the key come from the value instead (the discriminator's input
 *                     replaced by the generator's output in the combined graph)
 * @param frozen       layers whose parameters do not train (wrapped in DL4J's FrozenLayerWithBackprop)
 * @param extraOutputs non-output nodes that are network outputs too (the generator's last layer)
 */
record Subgraph(Set<String> nodes, Map<String, String> substitutes, Set<String> frozen, List<String> extraOutputs) {

    static Subgraph whole() {
        return new Subgraph(null, Map.of(), Set.of(), List.of());
    }

    boolean includes(String id) {
        return nodes == null || nodes.contains(id);
    }
}
