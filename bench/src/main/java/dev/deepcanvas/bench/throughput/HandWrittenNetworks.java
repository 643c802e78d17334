package dev.deepcanvas.bench.throughput;

import dev.deepcanvas.graph.dl4j.GruLayer;
import org.deeplearning4j.nn.api.NeuralNetwork;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.ConvolutionMode;
import org.deeplearning4j.nn.conf.MultiLayerConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.ElementWiseVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.BatchNormalization;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.multilayer.MultiLayerNetwork;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions;

/**
 * The bench models as a DL4J user writes them without DeepCanvas: DL4J's builder API, a {@link MultiLayerNetwork}
 * (a {@link ComputationGraph} for the residual CNN, whose skips a layer list cannot express), nothing else. The
 * baseline that says what DeepCanvas adds on top of DL4J. DL4J has no GRU layer; its user would write one as a
 * SameDiff layer, as DeepCanvas's own {@link GruLayer} is, so that is what the GRU model uses here.
 */
final class HandWrittenNetworks {

    private HandWrittenNetworks() {
    }

    static NeuralNetwork of(BenchModel model) {
        if (model == BenchModel.RESNET) {
            return residualCnn();
        }
        NeuralNetConfiguration.ListBuilder layers = base().list();
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
            case GRU -> layers
                    .layer(new GruLayer(128, 50, false))
                    .layer(output(2))
                    .setInputType(InputType.recurrent(32, 50))
                    .build();
            case RESNET -> throw new IllegalStateException("built as a graph above");
        };
        MultiLayerNetwork net = new MultiLayerNetwork(conf);
        net.init();
        return net;
    }

    private static NeuralNetConfiguration.Builder base() {
        return new NeuralNetConfiguration.Builder()
                .seed(42)
                .dataType(DataType.FLOAT)
                .updater(new Adam(1e-3))
                .weightInit(WeightInit.XAVIER);
    }

    private static ComputationGraph residualCnn() {
        ComputationGraphConfiguration.GraphBuilder g = base().graphBuilder().addInputs("in")
                .setInputTypes(InputType.convolutional(32, 32, 3));
        String x = convolution(g, "stem", "in", 32, 1);
        x = block(g, "block1", x, 32);
        x = convolution(g, "down", x, 64, 2);
        x = block(g, "block2", x, 64);
        g.addLayer("pool", new GlobalPoolingLayer.Builder(PoolingType.AVG).build(), x)
                .addLayer("out", output(10), "pool")
                .setOutputs("out");
        ComputationGraph net = new ComputationGraph(g.build());
        net.init();
        return net;
    }

    /** Convolution, batch normalisation, relu; returns the last vertex's name. */
    private static String convolution(ComputationGraphConfiguration.GraphBuilder g, String name, String from,
                                      int filters, int stride) {
        g.addLayer(name + "-bn", batchNorm(), addConvolution(g, name, from, filters, stride))
                .addLayer(name + "-relu", relu(), name + "-bn");
        return name + "-relu";
    }

    private static String block(ComputationGraphConfiguration.GraphBuilder g, String name, String from, int filters) {
        String inner = convolution(g, name + "-a", from, filters, 1);
        g.addLayer(name + "-b-bn", batchNorm(), addConvolution(g, name + "-b", inner, filters, 1))
                .addVertex(name + "-add", new ElementWiseVertex(ElementWiseVertex.Op.Add), name + "-b-bn", from)
                .addLayer(name + "-relu", relu(), name + "-add");
        return name + "-relu";
    }

    private static String addConvolution(ComputationGraphConfiguration.GraphBuilder g, String name, String from,
                                         int filters, int stride) {
        g.addLayer(name, new ConvolutionLayer.Builder(3, 3).stride(stride, stride).nOut(filters)
                .convolutionMode(ConvolutionMode.Same).activation(Activation.IDENTITY).build(), from);
        return name;
    }

    private static BatchNormalization batchNorm() {
        return new BatchNormalization.Builder().activation(Activation.IDENTITY).build();
    }

    private static ActivationLayer relu() {
        return new ActivationLayer.Builder().activation(Activation.RELU).build();
    }

    private static SubsamplingLayer maxPool() {
        return new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX).kernelSize(2, 2).stride(2, 2).build();
    }

    private static OutputLayer output(int classes) {
        return new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(classes)
                .activation(Activation.SOFTMAX).build();
    }
}
