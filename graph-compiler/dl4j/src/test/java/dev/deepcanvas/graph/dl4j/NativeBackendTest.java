package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import static org.assertj.core.api.Assertions.assertThat;

class NativeBackendTest {

    @Test
    void theShippedBuildHasOneDnn() {
        assertThat(NativeBackend.oneDnnAvailable())
                .as("nd4j-native's onednn build is the one on the class path").isTrue();
    }

    @Test
    void theNativeThreadCountComesFromThePropertyWithinTheCoresThereAre() {
        String before = System.getProperty(NativeBackend.THREADS);
        try {
            System.setProperty(NativeBackend.THREADS, "1");
            assertThat(NativeBackend.threads()).isEqualTo(1);
            System.setProperty(NativeBackend.THREADS, "1000");
            assertThat(NativeBackend.threads()).isEqualTo(Runtime.getRuntime().availableProcessors());
            System.setProperty(NativeBackend.THREADS, "0");
            org.assertj.core.api.Assertions.assertThatThrownBy(NativeBackend::threads)
                    .hasMessageContaining("set it to a whole number of threads, 1 or more");
        } finally {
            if (before == null) {
                System.clearProperty(NativeBackend.THREADS);
            } else {
                System.setProperty(NativeBackend.THREADS, before);
            }
        }
    }

    @Test
    void limitingTheCallingThreadReachesOpenMp() {
        NativeBackend.limitThreadsOfCallingThread();
        assertThat(org.nd4j.nativeblas.NativeOpsHolder.getInstance().getDeviceNativeOps().ompGetMaxThreads())
                .isEqualTo(NativeBackend.threads());
    }

    /** OpenBLAS is told only when its count changes, and always holds the count last asked for, from any thread. */
    @Test
    void openBlasAlwaysHoldsTheCountLastAskedFor() throws Exception {
        for (int threads : new int[] {2, 2, 1, 1, 2, 1}) {
            NativeBackend.useNativeThreads(threads);
            assertThat(Nd4j.factory().blas().getMaxThreads()).as("after asking for " + threads).isEqualTo(threads);
        }
        Thread other = new Thread(() -> NativeBackend.useNativeThreads(2));
        other.start();
        other.join();
        assertThat(Nd4j.factory().blas().getMaxThreads()).as("set by another thread").isEqualTo(2);
        NativeBackend.useNativeThreads(1);
        assertThat(Nd4j.factory().blas().getMaxThreads()).as("back to this thread's").isEqualTo(1);
        NativeBackend.limitThreadsOfCallingThread();
    }

    @Test
    void dl4jFindsItsOneDnnHelpersOnceConfigured() {
        NativeBackend.configure();
        MultiLayerNetwork net = network();
        assertThat(((org.deeplearning4j.nn.layers.convolution.ConvolutionLayer) net.getLayer(0)).getHelper())
                .as("DL4J's oneDNN convolution helper").isNotNull();
    }

    @Test
    void oneDnnComputesTheSameGradientsAsDl4jsOwnPath() {
        INDArray features = Nd4j.rand(DataType.FLOAT, 8, 3, 12, 12).subi(0.5);
        INDArray labels = Nd4j.zeros(DataType.FLOAT, 8, 4);
        for (int i = 0; i < 8; i++) {
            labels.putScalar(i, i % 4, 1);
        }
        MultiLayerNetwork fast = withHelpers("false");
        MultiLayerNetwork plain = withHelpers("true");
        assertThat(((org.deeplearning4j.nn.layers.convolution.ConvolutionLayer) plain.getLayer(0)).getHelper())
                .isNull();
        plain.setParams(fast.params().dup());

        fast.setInput(features);
        fast.setLabels(labels);
        fast.computeGradientAndScore();
        plain.setInput(features);
        plain.setLabels(labels);
        plain.computeGradientAndScore();

        assertThat(fast.score()).isCloseTo(plain.score(), org.assertj.core.data.Offset.offset(1e-4));
        INDArray a = fast.gradient().gradient();
        INDArray b = plain.gradient().gradient();
        double relative = a.sub(b).norm2Number().doubleValue() / b.norm2Number().doubleValue();
        assertThat(relative).as("relative difference of the flattened gradients").isLessThan(1e-4);
        assertThat(b.norm2Number().doubleValue()).isGreaterThan(0);
    }

    private static MultiLayerNetwork withHelpers(String disabled) {
        String before = System.getProperty(NativeBackend.HELPERS_DISABLED);
        System.setProperty(NativeBackend.HELPERS_DISABLED, disabled);
        try {
            return network();
        } finally {
            if (before == null) {
                System.clearProperty(NativeBackend.HELPERS_DISABLED);
            } else {
                System.setProperty(NativeBackend.HELPERS_DISABLED, before);
            }
        }
    }

    /** Convolution (same and strided), batch normalisation and both pooling kinds: every layer with a helper. */
    private static MultiLayerNetwork network() {
        MultiLayerConfiguration conf = new NeuralNetConfiguration.Builder().seed(7).updater(new Adam(1e-3))
                .dataType(DataType.FLOAT).list()
                .layer(new ConvolutionLayer.Builder(3, 3).nOut(6).convolutionMode(ConvolutionMode.Same)
                        .activation(Activation.RELU).build())
                .layer(new BatchNormalization.Builder().build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2)
                        .build())
                .layer(new ConvolutionLayer.Builder(3, 3).stride(2, 2).nOut(5).activation(Activation.TANH).build())
                .layer(new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.AVG).kernelSize(2, 2)
                        .stride(1, 1).build())
                .layer(new DenseLayer.Builder().nOut(7).activation(Activation.RELU).build())
                .layer(new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(4)
                        .activation(Activation.SOFTMAX).build())
                .setInputType(InputType.convolutional(12, 12, 3))
                .build();
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }
}
