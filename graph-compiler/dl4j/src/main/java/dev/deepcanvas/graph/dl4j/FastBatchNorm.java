package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.deeplearning4j.nn.layers.normalization.BatchNormalization;
import org.deeplearning4j.nn.layers.normalization.BatchNormalizationHelper;

/**
 * Gives each batch-normalisation layer that runs through oneDNN the {@link FastBatchNormHelper}, which computes the
 * channels-first cases in Java and hands the rest back to oneDNN. A layer without a helper (oneDNN off, or a fixed
 * scale and shift, which oneDNN's helper refuses) keeps DL4J's own implementation.
 */
final class FastBatchNorm {

    private static final PrivateField<BatchNormalization, BatchNormalizationHelper> HELPER = PrivateField.of(
            BatchNormalization.class, "helper", BatchNormalizationHelper.class);

    private FastBatchNorm() {
    }

    /**
     * Call after {@code init()} (or a restore) and before the first {@code fit}.
     *
     * @return the number of layers given the Java passes
     */
    static int install(ComputationGraph network) {
        int installed = 0;
        for (GraphVertex vertex : network.getVertices()) {
            if (!vertex.hasLayer()) {
                continue;
            }
            Layer layer = vertex.getLayer();
            if (!(layer instanceof BatchNormalization normalization)) {
                continue;
            }
            BatchNormalizationHelper oneDnn = HELPER.get(normalization);
            if (oneDnn != null && !(oneDnn instanceof FastBatchNormHelper)) {
                HELPER.set(normalization, new FastBatchNormHelper(oneDnn));
                installed++;
            }
        }
        return installed;
    }
}
