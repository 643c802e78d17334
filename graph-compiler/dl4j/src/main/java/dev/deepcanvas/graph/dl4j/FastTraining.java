package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.conf.CacheMode;
import org.deeplearning4j.nn.graph.ComputationGraph;

/**
 * What DeepCanvas does to a network before training it with {@code fit}, on top of DL4J's defaults. Each step keeps
 * the network's parameters and saved file DL4J's own, and its gradients DL4J's where those are true (tests compare
 * them with plain DL4J and with finite differences):
 * <ul>
 *   <li>layers and vertices DL4J defines through SameDiff (the GRU, the attention layers) get their true gradient,
 *       half of what DL4J's bridge returns ({@link ExactSameDiffGradients});</li>
 *   <li>LSTM layers run {@link FusedLstm}'s pass, GRU layers {@link FusedGru}'s;</li>
 *   <li>convolutions and dense layers reading a network input skip the unused input gradient
 *       ({@link InputGradientSkip}), and convolutions, dense layers, transposed convolutions and activation
 *       layers run a plain ReLU's backward pass and a leaky ReLU's both passes in Java ({@link JavaActivation});</li>
 *   <li>batch normalisation of channels-first activations runs in Java ({@link FastBatchNormHelper}), within the
 *       floats' rounding of oneDNN's, and max pooling too, to the bit ({@link JavaMaxPoolingHelper});</li>
 *   <li>transposed convolutions run through oneDNN's convolution ops ({@link TransposedConvolution});</li>
 *   <li>dense and output layers write their matrix products in the layout oneDNN takes and compute their forward
 *       product once per step ({@link FastDense});</li>
 *   <li>the frozen layers of a GAN's combined network get no updater and, where dense, compute only the gradient
 *       that flows back to the generator ({@link FrozenLayers});</li>
 *   <li>Adam's update runs as one vectorised pass in Java instead of libnd4j's slower op ({@link FastAdam});</li>
 *   <li>the cache mode keeps each layer's forward results for its backward pass: without it, DL4J's convolution
 *       layers compute their forward pass a second time inside backprop.</li>
 * </ul>
 * Measured effect per core (docs/performance.md): LSTM about 3×, LeNet about 1.3× (round one); dense layers several
 * times faster on CPUs where libnd4j's other matrix-product path is slow (round two). The GAN trainer prepares its
 * discriminator and combined networks the same way; the generator network, which only draws samples, gets the
 * passes of {@link #prepareForOutput}.
 *
 * <p>The cache mode is set on the network's configuration object (DL4J reads it there), so it is also written into
 * saved model files; it only changes how DL4J trains, not what a restored model computes.
 */
public final class FastTraining {

    private FastTraining() {
    }

    /**
     * The faster passes for a network that only computes outputs (a GAN's sampling generator, a model answering the
     * playground): the fused recurrent passes, the true SameDiff gradients (the Inside view's saliency
     * runs backward through them), the convolutions' and activation layers' activations in Java, the transposed
     * convolutions, the dense products, batch normalisation's forward pass and max pooling, without the training-only
     * changes. Like {@link #prepare}, it leaves parameters and
     * configuration DL4J's own.
     */
    public static ComputationGraph prepareForOutput(ComputationGraph network) {
        FusedLstm.install(network);
        FusedGru.install(network);
        ExactSameDiffGradients.install(network);
        FastConvolution.install(network);
        TransposedConvolution.install(network);
        FastDense.install(network);
        FastBatchNorm.install(network);
        FastPooling.install(network);
        FastActivation.install(network);
        return network;
    }

    public static ComputationGraph prepare(ComputationGraph network) {
        prepareForGradients(network);
        FastAdam.install(network);
        return network;
    }

    /**
     * {@link #prepare} without the update: for a network that only computes gradients for another one to apply (the
     * replicas of {@link DataParallelFit}), so it builds no updater and holds no updater state.
     */
    static ComputationGraph prepareForGradients(ComputationGraph network) {
        FusedLstm.install(network);
        FusedGru.install(network);
        ExactSameDiffGradients.install(network);
        FastConvolution.install(network);
        FastBatchNorm.install(network);
        FastPooling.install(network);
        FastActivation.install(network);
        TransposedConvolution.install(network);
        FastDense.install(network);
        InputGradientSkip.install(network);
        FrozenLayers.install(network);
        // the configuration's mode sets up DL4J's cache workspace; the layers' modes make them use it
        network.getConfiguration().setCacheMode(CacheMode.DEVICE);
        network.setCacheMode(CacheMode.DEVICE);
        return network;
    }
}
