package dev.deepcanvas.bench.throughput;

import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The bench models as a DL4J user writes them without DeepCanvas: DL4J's builder API and a
 * {@link MultiLayerNetwork}, nothing else. The baseline that says what DeepCanvas adds on top of DL4J.
 */
final class HandWrittenNetworks {

    private HandWrittenNetworks() {
    }

    static MultiLayerNetwork of(BenchModel model) {
        NeuralNetConfiguration.ListBuilder layers = new NeuralNetConfiguration.Builder()
                .seed(42)
                .dataType(DataType.FLOAT)
                .updater(new Adam(1e-3))
                .weightInit(WeightInit.XAVIER)
                .list();
        MultiLayerConfiguration conf = switch (model) {
            case MLP -> layers
                    .layer(new DenseLayer.Builder().nOut(512).activation(Activation.RELU).build())
                    .layer(new DenseLayer.Builder().nOut(256).activation(Activation.RELU).build())
                    .layer(output(10))
                    .setInputType(InputType.feedForward(784))
                    .build();
            case LENET -> layers
                    .layer(new ConvolutionLayer.Builder(5, 5).nOut(20).activation(Activation.RELU).build())
                    .layer(maxPool())
                    .layer(new ConvolutionLayer.Builder(5, 5).nOut(50).activation(Activation.RELU).build())
                    .layer(maxPool())
                    .layer(new DenseLayer.Builder().nOut(500).activation(Activation.RELU).build())
                    .layer(output(10))
                    .setInputType(InputType.convolutional(28, 28, 1))
                    .build();
            case LSTM -> layers
                    .layer(new LastTimeStep(new LSTM.Builder().nOut(128).activation(Activation.TANH).build()))
                    .layer(output(2))
                    .setInputType(InputType.recurrent(32, 50))
                    .build();
        };
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    private static SubsamplingLayer maxPool() {
        return new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build();
    }

    private static OutputLayer output(int classes) {
        return new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(classes)
                .activation(Activation.SOFTMAX).build();
    }
}
