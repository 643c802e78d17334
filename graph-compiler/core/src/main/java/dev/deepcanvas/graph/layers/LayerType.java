package dev.deepcanvas.graph.layers;

import java.util.List;

/**
 * One node type of the palette: its name, palette entry, parameters, arity, role, and its shape and parameter rule.
 * Pure Java: nothing here knows DL4J.
 *
 * <p>Adding a layer type touches one place per concern:
 * <ol>
 *   <li>the vocabulary (this module): one class implementing this interface in this package, usually
 *       {@code extends AbstractLayerType}, listed in {@link LayerCatalog}; the palette, the property form,
 *       validation, shape inference and statistics follow from it;</li>
 *   <li>the DL4J runtime (module graph-compiler-dl4j): one mapping class in
 *       {@code dev.deepcanvas.graph.compile.mapping}, listed in {@code LayerMappings}; the DL4J compile and the Java
 *       export follow from it. {@code LayerMappingsTest} fails while a catalog type has no mapping.</li>
 * </ol>
 */
public interface LayerType {

    /** The type name used in documents (Keras vocabulary, e.g. "Dense", "Conv2D"). */
    String type();

    Category category();

    /** One line shown in the palette explaining what the node does. */
    String summary();

    List<ParamSpec> params();

    Arity arity();

    default Role role() {
        return Role.HIDDEN;
    }

    /**
     * Names of the input ports where their order matters (e.g. Attention's queries, keys, values), for the
     * editor's port tooltips; empty when the ports are interchangeable or there is only one.
     */
    default java.util.List<String> portLabels() {
        return java.util.List.of();
    }

    /**
     * Why this layer cannot be part of a GAN's discriminator, or null when it can. The combined network wraps every
     * discriminator layer in DL4J's {@code FrozenLayerWithBackprop}; a layer that does not survive that wrapping
     * must be refused by validation, before DL4J fails in the middle of training. The reason is shown after
     * "X cannot be part of the discriminator: ", so it should say what to do instead.
     */
    default String notInDiscriminatorBecause() {
        return null;
    }

    /**
     * Why this layer cannot be a GAN generator's last layer (the sample it makes), or null when it can. The trainer
     * draws samples with the generator network in training mode, so that layer is then that network's final result.
     * The reason follows "X cannot be the generator's last layer: ".
     */
    default String notLastInGeneratorBecause() {
        return null;
    }

    /**
     * Whether the combined network wraps this layer, when it is part of the discriminator, in
     * {@code FrozenLayerWithBackprop}. Only a layer with no parameters that acts while training alone (noise) says
     * no: the wrapper would run it in inference mode, and the generator would train against another discriminator
     * than the one the discriminator step trains.
     */
    default boolean frozenInCombinedNetwork() {
        return true;
    }

    /**
     * Checks that depend on the parameters alone (e.g. a loss that needs another activation), so that they are
     * reported even while the node's inputs are still broken. Null when fine.
     */
    default String checkParams(Params params) {
        return null;
    }

    /**
     * Output shape, parameter count and multiply-adds from the input shapes, or the problems. Called only with valid
     * parameters and known input shapes whose count satisfies {@link #arity()}. Must be fast and never allocate
     * anything proportional to the shapes: it runs on every edit and on hostile documents.
     */
    ShapeResult inferShape(ShapeContext ctx);

    /**
     * Which connected ports feed data into the layer, in the order the layer reads them: ports may be left out (the
     * length reference of DuplicateToSequence only informs the analyzer) or repeated (Attention's keys doubling
     * as values). The analyzer follows them to find unused nodes, and the DL4J compile wires exactly these.
     * Default: all of them, in port order.
     */
    default java.util.List<Integer> dataPorts(int connected) {
        java.util.List<Integer> all = new java.util.ArrayList<>(connected);
        for (int i = 0; i < connected; i++) {
            all.add(i);
        }
        return all;
    }
}
