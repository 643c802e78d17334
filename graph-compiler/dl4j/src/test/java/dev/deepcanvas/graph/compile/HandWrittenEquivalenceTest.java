package dev.deepcanvas.graph.compile;

import dev.deepcanvas.graph.analysis.Analysis;
import dev.deepcanvas.graph.analysis.GraphAnalyzer;
import dev.deepcanvas.graph.compile.testing.NativeBackendConfigured;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.testing.G;
import dev.deepcanvas.graph.testing.Samples;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.MergeVertex;
import org.deeplearning4j.nn.conf.graph.rnn.DuplicateToTimeSeriesVertex;
import org.deeplearning4j.nn.conf.graph.rnn.LastTimeStepVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.EmbeddingSequenceLayer;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.PoolingType;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.conf.layers.SubsamplingLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Compiled configurations equal to the same networks written by hand with DL4J's builders. */
@ExtendWith(NativeBackendConfigured.class)
class HandWrittenEquivalenceTest {

    private final GraphCompiler compiler = new GraphCompiler();

    private static ComputationGraphConfiguration.GraphBuilder builder() {
        return new NeuralNetConfiguration.Builder()
                .seed(42)
                .updater(new Adam(0.01))
                .weightInit(WeightInit.XAVIER)
                .graphBuilder();
    }

    private void assertSame(GraphDocument doc, ComputationGraphConfiguration expected) throws Exception {
        ComputationGraphConfiguration actual = compiler.compile(doc).configuration();
        // JSON first: on a mismatch it shows exactly which field differs (vertices appear in insertion order).
        assertThat(actual.toJson()).isEqualTo(expected.toJson());
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void lenet() throws Exception {
        ComputationGraphConfiguration expected = builder()
                .addInputs("img")
                .addLayer("c1", new ConvolutionLayer.Builder(5, 5).stride(1, 1).nOut(20)
                        .activation(Activation.IDENTITY).build(), "img")
                .addLayer("p1", new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX)
                        .kernelSize(2, 2).stride(2, 2).build(), "c1")
                .addLayer("c2", new ConvolutionLayer.Builder(5, 5).stride(1, 1).nOut(50)
                        .activation(Activation.IDENTITY).build(), "p1")
                .addLayer("p2", new SubsamplingLayer.Builder(SubsamplingLayer.PoolingType.MAX)
                        .kernelSize(2, 2).stride(2, 2).build(), "c2")
                .addLayer("d", new DenseLayer.Builder().nOut(500).activation(Activation.RELU).build(), "p2")
                .addLayer("out", new OutputLayer.Builder(LossFunction.MCXENT).nOut(10)
                        .activation(Activation.SOFTMAX).build(), "d")
                .setInputTypes(InputType.convolutional(28, 28, 1))
                .setOutputs("out")
                .build();
        assertSame(Samples.lenet(), expected);

        Analysis a = new GraphAnalyzer().analyze(Samples.lenet());
        assertThat(a.shapeOf("c1")).hasToString("24×24×20");
        assertThat(a.shapeOf("p1")).hasToString("12×12×20");
        assertThat(a.shapeOf("c2")).hasToString("8×8×50");
        assertThat(a.shapeOf("p2")).hasToString("4×4×50");
        assertThat(a.totalParams()).isEqualTo(431_080);
        ComputationGraph net = new ComputationGraph(expected);
        net.init();
        assertThat(net.numParams()).isEqualTo(431_080);
    }

    @Test
    void lstmClassifier() throws Exception {
        GraphDocument doc = G.graph()
                .node("words", "TokenInput", "vocabulary", 500, "length", 12)
                .node("emb", "EmbeddingSequence", "units", 16)
                .node("lstm", "LSTM", "units", 24, "returnSequences", false)
                .node("out", "Output", "units", 2)
                .chain("words", "emb", "lstm", "out").doc();
        ComputationGraphConfiguration expected = builder()
                .addInputs("words")
                .addLayer("emb", new EmbeddingSequenceLayer.Builder().nOut(16).inputLength(12).hasBias(false)
                        .activation(Activation.IDENTITY).build(),
                        "words")
                .addLayer("lstm", new LastTimeStep(new LSTM.Builder().nOut(24).activation(Activation.TANH).build()),
                        "emb")
                .addLayer("out", new OutputLayer.Builder(LossFunction.MCXENT).nOut(2)
                        .activation(Activation.SOFTMAX).build(), "lstm")
                // The vocabulary travels as the input size, so that setInputTypes sets the embedding's nIn to 500.
                .setInputTypes(InputType.recurrent(500, 12))
                .setOutputs("out")
                .build();
        assertSame(doc, expected);
        ComputationGraph net = new ComputationGraph(expected);
        net.init();
        assertThat(net.getLayer("emb").numParams()).isEqualTo(500 * 16);
    }

    @Test
    void sequenceToSequenceEncoderDecoder() throws Exception {
        GraphDocument doc = G.graph()
                .node("src", "SequenceInput", "length", 6, "features", 5)
                .node("tgt", "SequenceInput", "length", 4, "features", 5)
                .node("enc", "LSTM", "units", 8)
                .node("last", "LastTimeStep")
                .node("dup", "DuplicateToSequence")
                .node("cat", "Concatenate")
                .node("dec", "LSTM", "units", 8)
                .node("out", "RnnOutput", "units", 5)
                .chain("src", "enc", "last")
                .edge("last", "dup", 0).edge("tgt", "dup", 1)
                .edge("tgt", "cat", 0).edge("dup", "cat", 1)
                .chain("cat", "dec", "out").doc();
        ComputationGraphConfiguration expected = builder()
                .addInputs("src", "tgt")
                .addLayer("enc", new LSTM.Builder().nOut(8).activation(Activation.TANH).build(), "src")
                .addVertex("last", new LastTimeStepVertex("src"), "enc")
                .addVertex("dup", new DuplicateToTimeSeriesVertex("tgt"), "last")
                .addVertex("cat", new MergeVertex(), "tgt", "dup")
                .addLayer("dec", new LSTM.Builder().nOut(8).activation(Activation.TANH).build(), "cat")
                .addLayer("out", new RnnOutputLayer.Builder(LossFunction.MCXENT).nOut(5)
                        .activation(Activation.SOFTMAX).build(), "dec")
                .setInputTypes(InputType.recurrent(5, 6), InputType.recurrent(5, 4))
                .setOutputs("out")
                .build();
        assertSame(doc, expected);
    }

    @Test
    void cnnToLstmCaptioner() throws Exception {
        ComputationGraphConfiguration expected = builder()
                .addInputs("img", "words")
                .addLayer("conv", new ConvolutionLayer.Builder(3, 3).stride(1, 1).nOut(2)
                        .activation(Activation.RELU).build(), "img")
                .addLayer("emb", new EmbeddingSequenceLayer.Builder().nOut(4).inputLength(5).hasBias(false)
                        .activation(Activation.IDENTITY).build(),
                        "words")
                .addLayer("gap", new GlobalPoolingLayer.Builder(PoolingType.AVG).build(), "conv")
                .addLayer("enc", new DenseLayer.Builder().nOut(4).activation(Activation.RELU).build(), "gap")
                .addVertex("dup", new DuplicateToTimeSeriesVertex("words"), "enc")
                .addVertex("cat", new MergeVertex(), "dup", "emb")
                .addLayer("lstm", new LSTM.Builder().nOut(6).activation(Activation.TANH).build(), "cat")
                .addLayer("out", new RnnOutputLayer.Builder(LossFunction.MCXENT).nOut(12)
                        .activation(Activation.SOFTMAX).build(), "lstm")
                .setInputTypes(InputType.convolutional(6, 6, 1), InputType.recurrent(12, 5))
                .setOutputs("out")
                .build();
        assertSame(Samples.all().get("captioner"), expected);
    }
}
