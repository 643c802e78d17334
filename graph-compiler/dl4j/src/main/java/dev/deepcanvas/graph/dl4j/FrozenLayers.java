package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.api.TrainingConfig;
import org.deeplearning4j.nn.conf.GradientNormalization;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.deeplearning4j.nn.graph.vertex.impl.LayerVertex;
import org.deeplearning4j.nn.layers.FrozenLayerWithBackprop;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.NoOp;
import org.nd4j.linalg.learning.regularization.Regularization;

import java.util.List;

/**
 * The frozen layers of a GAN's combined network (the discriminator's copy that the generator learns through), made to
 * cost only what they must: the forward pass and the gradient that flows back to the generator.
 *
 * <p>In DL4J 1.0.0-M2.1 a {@code FrozenLayerWithBackprop} computes its layer's full backward pass, parameter gradients
 * included, then overwrites those with zeros; and because the runtime wrapper hands the updater its layer's own
 * training configuration, the network's updater keeps Adam state for every frozen parameter and runs Adam over them
 * every step (with zero gradients, so they never move). Here:
 * <ul>
 *   <li>each frozen wrapper is replaced by one whose training configuration gives the frozen parameters no updater
 *       ({@link NoOp}) and no regularisation, so the updater neither holds state for them nor visits them;</li>
 *   <li>frozen dense and output layers ({@link FastDenseLayer}, {@link FastOutputLayer}) compute only the gradient
 *       for the layers below, with the fast products (DL4J's own path would run in inference mode, keep nothing, and
 *       compute the forward product again in backprop);</li>
 *   <li>frozen convolutions ({@link FastConvolutionLayer}) keep their pre-activation for backprop and compute only
 *       the input gradient, as a transposed convolution, where its padding allows.</li>
 * </ul>
 * The generator's gradients and updates are those of DL4J's frozen wrapper ({@code FrozenLayersTest}); the frozen
 * parameters stay as they were, as before. Call after {@link FastDense#install} and before the updater exists (the
 * first {@code fit}).
 */
public final class FrozenLayers {

    private FrozenLayers() {
    }

    /** @return the number of frozen layers rewrapped */
    public static int install(ComputationGraph network) {
        Layer[] layers = network.getLayers();
        int rewrapped = 0;
        for (GraphVertex vertex : network.getVertices()) {
            if (!(vertex instanceof LayerVertex layerVertex)
                    || vertex.getLayer().getClass() != FrozenLayerWithBackprop.class) {
                continue;
            }
            FrozenLayerWithBackprop old = (FrozenLayerWithBackprop) vertex.getLayer();
            Layer inner = old.getInsideLayer();
            if (inner instanceof FastDenseLayer dense) {
                dense.freeze();
            } else if (inner instanceof FastOutputLayer output) {
                output.freeze();
            } else if (inner instanceof FastConvolutionLayer convolution) {
                convolution.freeze();
            }
            Layer replacement = new Untrained(inner);
            layerVertex.setLayer(replacement);
            for (int i = 0; i < layers.length; i++) {
                if (layers[i] == old) {
                    layers[i] = replacement;
                }
            }
            rewrapped++;
        }
        return rewrapped;
    }

    /** DL4J's frozen wrapper whose parameters the updater leaves alone. */
    static final class Untrained extends FrozenLayerWithBackprop {

        private final TrainingConfig config;

        Untrained(Layer inner) {
            super(inner);
            this.config = new NoUpdates(inner.getConfig());
        }

        @Override
        public TrainingConfig getConfig() {
            return config;
        }
    }

    /** A layer's training configuration with no updater and no regularisation for any of its parameters. */
    private record NoUpdates(TrainingConfig layer) implements TrainingConfig {

        @Override
        public String getLayerName() {
            return layer.getLayerName();
        }

        @Override
        public List<Regularization> getRegularizationByParam(String paramName) {
            return List.of();
        }

        @Override
        public boolean isPretrainParam(String paramName) {
            return layer.isPretrainParam(paramName);
        }

        @Override
        public IUpdater getUpdaterByParam(String paramName) {
            return new NoOp();
        }

        @Override
        public GradientNormalization getGradientNormalization() {
            return layer.getGradientNormalization();
        }

        @Override
        public double getGradientNormalizationThreshold() {
            return layer.getGradientNormalizationThreshold();
        }

        @Override
        public void setDataType(DataType dataType) {
            layer.setDataType(dataType);
        }
    }
}
