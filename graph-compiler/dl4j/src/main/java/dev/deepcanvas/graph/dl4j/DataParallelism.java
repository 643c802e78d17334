package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.conf.BackpropType;
import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.conf.layers.BaseLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.CenterLossOutputLayer;
import org.deeplearning4j.nn.conf.layers.Layer;
import org.deeplearning4j.nn.conf.layers.misc.FrozenLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.Bidirectional;
import org.deeplearning4j.nn.conf.layers.wrapper.BaseWrapperLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;

import java.util.Map;
import java.util.Optional;

/**
 * Whether a network can train data-parallel ({@link DataParallelFit}) with the single-thread path's update. Cutting a
 * batch into parts gives the same gradient only when every example's loss depends on that example alone and nothing
 * random is drawn in training; otherwise the parts would compute something else:
 * <ul>
 *   <li>batch normalisation normalises with the statistics of the batch it sees: a part's statistics are not the
 *       batch's, and its running averages would be averaged from parts;</li>
 *   <li>dropout, Gaussian noise, random translation and weight noise draw random numbers: each part would draw its
 *       own, so a step would differ from the single-thread path's (equally valid, but not the same);</li>
 *   <li>DL4J's centre loss moves its centres with the batch; truncated backpropagation through time walks the batch
 *       in segments of its own.</li>
 * </ul>
 */
public final class DataParallelism {

    private DataParallelism() {
    }

    /** Why the network cannot train data-parallel, or empty when it can. */
    public static Optional<String> obstacle(ComputationGraph network) {
        if (network.getConfiguration().getBackpropType() == BackpropType.TruncatedBPTT) {
            return Optional.of("it trains with truncated backpropagation through time");
        }
        for (Map.Entry<String, GraphVertex> vertex : network.getConfiguration().getVertices().entrySet()) {
            if (vertex.getValue() instanceof LayerVertex layer) {
                Optional<String> obstacle = obstacle(vertex.getKey(), layer.getLayerConf().getLayer());
                if (obstacle.isPresent()) {
                    return obstacle;
                }
            }
        }
        return Optional.empty();
    }

    private static Optional<String> obstacle(String name, Layer layer) {
        if (layer instanceof BatchNormalization) {
            return Optional.of("'" + name + "' normalises with the statistics of the whole batch");
        }
        if (layer instanceof CenterLossOutputLayer) {
            return Optional.of("'" + name + "' moves its class centres with each batch");
        }
        if (layer.getIDropout() != null) {
            return Optional.of("'" + name + "' draws random numbers in training (dropout or noise)");
        }
        if (layer instanceof BaseLayer base && base.getWeightNoise() != null) {
            return Optional.of("'" + name + "' draws random weight noise in training");
        }
        if (layer instanceof Bidirectional bidirectional) {
            return obstacle(name, bidirectional.getFwd()).or(() -> obstacle(name, bidirectional.getBwd()));
        }
        if (layer instanceof BaseWrapperLayer wrapper) {
            return obstacle(name, wrapper.getUnderlying());
        }
        if (layer instanceof FrozenLayer frozen) {
            return obstacle(name, frozen.getLayer());
        }
        return Optional.empty();
    }
}
