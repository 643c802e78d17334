package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.conf.layers.samediff.SameDiffVertex;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.BaseWrapperVertex;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.deeplearning4j.nn.layers.samediff.SameDiffGraphVertex;
import org.deeplearning4j.nn.layers.samediff.SameDiffLayer;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.Map;

/**
 * Gives every SameDiff layer and vertex of a network the true gradient ({@link SameDiffBridge}): DL4J's runtime
 * objects are replaced by {@link ExactSameDiffLayer} and {@link ExactSameDiffVertex} over the same configuration,
 * parameter views and gradient views, so a saved network stays plain DL4J. GRU layers get theirs from
 * {@link FusedGru}, whose layer is exact too; install that first.
 */
public final class ExactSameDiffGradients {

    @SuppressWarnings("rawtypes")
    private static final PrivateField<ComputationGraph, Map> VERTICES_BY_NAME = PrivateField.of(
            ComputationGraph.class, "verticesMap", Map.class);
    private static final PrivateField<BaseWrapperVertex, GraphVertex> UNDERLYING = PrivateField.of(
            BaseWrapperVertex.class, "underlying", GraphVertex.class);

    private ExactSameDiffGradients() {
    }

    /**
     * Call after {@code init()} (or a restore) and before the first {@code fit} or gradient.
     *
     * @return the number of layers and vertices replaced
     */
    public static int install(ComputationGraph network) {
        int layers = LayerSwap.swap(network, layer -> layer.getClass() == SameDiffLayer.class
                ? new ExactSameDiffLayer(layer.conf(), layer.params().dataType()) : null);
        return layers + swapVertices(network);
    }

    @SuppressWarnings("unchecked")
    private static int swapVertices(ComputationGraph network) {
        GraphVertex[] vertices = network.getVertices();
        int swapped = 0;
        for (int i = 0; i < vertices.length; i++) {
            GraphVertex vertex = vertices[i];
            if (vertex instanceof BaseWrapperVertex wrapper) {
                GraphVertex inner = UNDERLYING.get(wrapper);
                if (isPlainSameDiffVertex(inner)) {
                    UNDERLYING.set(wrapper, exact(network, inner));
                    swapped++;
                }
            } else if (isPlainSameDiffVertex(vertex)) {
                GraphVertex replacement = exact(network, vertex);
                vertices[i] = replacement;
                VERTICES_BY_NAME.get(network).put(vertex.getVertexName(), replacement);
                swapped++;
            }
        }
        return swapped;
    }

    /** A wrapped vertex (frozen) is configured by its wrapper's configuration around its own. */
    private static org.deeplearning4j.nn.conf.graph.GraphVertex unwrapped(
            org.deeplearning4j.nn.conf.graph.GraphVertex config) {
        org.deeplearning4j.nn.conf.graph.GraphVertex inner = config;
        while (inner instanceof org.deeplearning4j.nn.conf.graph.FrozenVertex frozen) {
            inner = frozen.getUnderlying();
        }
        return inner;
    }

    private static boolean isPlainSameDiffVertex(GraphVertex vertex) {
        return vertex.getClass() == SameDiffGraphVertex.class;
    }

    private static GraphVertex exact(ComputationGraph network, GraphVertex old) {
        SameDiffVertex config = (SameDiffVertex) unwrapped(network.getConfiguration().getVertices()
                .get(old.getVertexName()));
        ExactSameDiffVertex replacement = new ExactSameDiffVertex(config, network, old.getVertexName(),
                old.getVertexIndex(), old.params(), old.params().dataType());
        replacement.setInputVertices(old.getInputVertices());
        replacement.setOutputVertices(old.getOutputVertices());
        replacement.setOutputVertex(old.isOutputVertex());
        INDArray gradients = network.getGradientsViewArray();
        if (gradients != null && old.numParams() > 0) {
            // DL4J's vertex does not keep the view it is given (its getGradientsViewArray is always null), so the
            // view is cut again from the network's gradient, where the vertex's parameters sit in its parameters
            long start = old.params().offset() - network.params().offset();
            replacement.setBackpropGradientsViewArray(gradients.get(NDArrayIndex.interval(0, 0, true),
                    NDArrayIndex.interval(start, start + old.numParams())));
        }
        return replacement;
    }
}
