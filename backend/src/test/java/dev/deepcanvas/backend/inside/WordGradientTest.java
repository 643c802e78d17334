package dev.deepcanvas.backend.inside;

import dev.deepcanvas.graph.dl4j.FastTraining;
import dev.deepcanvas.graph.dl4j.GruLayer;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.EmbeddingLayer;
import org.deeplearning4j.nn.conf.layers.EmbeddingSequenceLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.recurrent.LastTimeStep;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.util.function.ToDoubleFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The word saliency against central finite differences of DL4J's own output, on small random models in doubles.
 * The embedding's output is nudged through its weights: with every word different, nudging word w's row nudges
 * exactly the vector at w's one step.
 */
class WordGradientTest {

    private static final double STEP = 1e-5;
    private static final int VOCABULARY = 9;
    private static final int UNITS = 4;

    @Test
    void anLstmReadersGradientAtEachWordVectorMatchesCentralDifferences() {
        ComputationGraph net = network(new NeuralNetConfiguration.Builder().seed(11).dataType(DataType.DOUBLE)
                .graphBuilder().addInputs("words")
                .addLayer("embed", new EmbeddingSequenceLayer.Builder().nIn(VOCABULARY).nOut(UNITS).inputLength(5)
                        .hasBias(false).activation(Activation.IDENTITY).build(), "words")
                .addLayer("lstm", new LastTimeStep(new LSTM.Builder().nIn(UNITS).nOut(3)
                        .activation(Activation.TANH).build()), "embed")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(3).nOut(2)
                        .activation(Activation.SOFTMAX).build(), "lstm")
                .setOutputs("out").setInputTypes(InputType.recurrent(VOCABULARY, 5)).build());
        INDArray words = Nd4j.create(new double[]{3, 0, 7, 1, 5}, 1, 1, 5);

        for (int unit = 0; unit < 2; unit++) {
            int u = unit;
            assertMatchesFiniteDifferences(net, words, unit, false, x -> net.outputSingle(false, x).getDouble(0, u));
        }
        // scores before softmax: their difference is ln(p1 / p0), which DL4J's output gives
        WordGradient.PerStep one = WordGradient.of(net, words, 1, true);
        WordGradient.PerStep zero = WordGradient.of(net, words, 0, true);
        ToDoubleFunction<INDArray> logRatio = x -> {
            INDArray p = net.outputSingle(false, x);
            return Math.log(p.getDouble(0, 1) / p.getDouble(0, 0));
        };
        for (int t = 0; t < 5; t++) {
            double expected = scaleDerivative(net, words, t, logRatio);
            assertThat(one.influence()[t] - zero.influence()[t]).as("score difference, word %d", t)
                    .isCloseTo(expected, within(1e-7 + 1e-5 * Math.abs(expected)));
        }
        assertThat(net.getVertex("lstm").getInputs()[0]).as("the cached model keeps no example").isNull();
    }

    @Test
    void aSingleWordsEmbeddingIsOneStep() {
        ComputationGraph net = network(new NeuralNetConfiguration.Builder().seed(5).dataType(DataType.DOUBLE)
                .graphBuilder().addInputs("word")
                .addLayer("embed", new EmbeddingLayer.Builder().nIn(VOCABULARY).nOut(UNITS).hasBias(false)
                        .activation(Activation.IDENTITY).build(), "word")
                .addLayer("hidden", new DenseLayer.Builder().nIn(UNITS).nOut(5).activation(Activation.SIGMOID)
                        .build(), "embed")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(5).nOut(3)
                        .activation(Activation.SOFTMAX).build(), "hidden")
                .setOutputs("out").build());
        INDArray word = Nd4j.create(new double[]{6}, 1, 1);

        assertMatchesFiniteDifferences(net, word, 2, false, x -> net.outputSingle(false, x).getDouble(0, 2));
    }

    @Test
    void wordsThatDoNotGoIntoAnEmbeddingAreRefusedByName() {
        ComputationGraph net = network(new NeuralNetConfiguration.Builder().dataType(DataType.DOUBLE)
                .graphBuilder().addInputs("in")
                .addLayer("hidden", new DenseLayer.Builder().nIn(1).nOut(3).build(), "in")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nIn(3).nOut(2)
                        .activation(Activation.SOFTMAX).build(), "hidden")
                .setOutputs("out").build());

        assertThatThrownBy(() -> WordGradient.of(net, Nd4j.create(new double[]{2}, 1, 1), 0, false))
                .isInstanceOf(InsideRejectedException.class)
                .hasMessage("The words go first into \"hidden\", which is not an embedding layer: the word saliency "
                        + "is the gradient at an embedding's word vectors.");
    }

    @Test
    void aGruReadersGradientMatchesCentralDifferencesOnceLoadedAsTheInsideViewLoadsIt() {
        ComputationGraph net = gruReader();
        // as ModelLoader prepares every model: the fused GRU, whose gradient is the true one
        FastTraining.prepareForOutput(net);
        INDArray words = Nd4j.create(new double[]{3, 0, 7, 1, 5}, 1, 1, 5);
        for (int unit = 0; unit < 2; unit++) {
            int u = unit;
            assertMatchesFiniteDifferences(net, words, unit, false, x -> net.outputSingle(false, x).getDouble(0, u));
        }
    }

    @Test
    void aGruLeftAsDl4jBuildsItIsRefused() {
        // DL4J's own SameDiff bridge passes back twice the true gradient
        ComputationGraph net = gruReader();
        assertThatThrownBy(() -> WordGradient.of(net, Nd4j.create(new double[]{3, 0, 7, 1, 5}, 1, 1, 5), 0, false))
                .isInstanceOf(InsideRejectedException.class)
                .hasMessage("The saliency cannot be computed through layer \"gru\": the model was not prepared for it "
                        + "(its gradient would be twice the true one).");
    }

    private static ComputationGraph gruReader() {
        return network(new NeuralNetConfiguration.Builder().seed(11).dataType(DataType.DOUBLE)
                .graphBuilder().addInputs("words")
                .addLayer("embed", new EmbeddingSequenceLayer.Builder().nIn(VOCABULARY).nOut(UNITS).inputLength(5)
                        .hasBias(false).activation(Activation.IDENTITY).build(), "words")
                .addLayer("gru", new GruLayer(3, 5, false), "embed")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(2)
                        .activation(Activation.SOFTMAX).build(), "gru")
                .setOutputs("out").setInputTypes(InputType.recurrent(VOCABULARY, 5)).build());
    }

    /**
     * Every coordinate of every word vector nudged up and down against the raw gradient, and each word's
     * gradient × embedding against the derivative of scaling that word's vector.
     */
    private static void assertMatchesFiniteDifferences(ComputationGraph net, INDArray words, int unit,
                                                       boolean score, ToDoubleFunction<INDArray> output) {
        String embed = "embed";
        InputGradient.AtVertex raw = InputGradient.atOutputOf(net, words, embed, unit, score);
        WordGradient.PerStep perStep = WordGradient.of(net, words, unit, score);
        INDArray weights = net.getLayer(embed).getParam("W");
        long[] ids = words.ravel().toLongVector();
        double largest = 0;
        for (int t = 0; t < ids.length; t++) {
            double squares = 0;
            for (int k = 0; k < UNITS; k++) {
                double original = weights.getDouble(ids[t], k);
                weights.putScalar(ids[t], k, original + STEP);
                double up = output.applyAsDouble(words);
                weights.putScalar(ids[t], k, original - STEP);
                double down = output.applyAsDouble(words);
                weights.putScalar(ids[t], k, original);
                double expected = (up - down) / (2 * STEP);
                double actual = raw.gradient().rank() == 3 ? raw.gradient().getDouble(0, k, t)
                        : raw.gradient().getDouble(0, k);
                assertThat(actual).as("unit %d, word %d, coordinate %d", unit, t, k)
                        .isCloseTo(expected, within(1e-7 + 1e-5 * Math.abs(expected)));
                squares += expected * expected;
                largest = Math.max(largest, Math.abs(expected));
            }
            double scaled = scaleDerivative(net, words, t, output);
            assertThat(perStep.influence()[t]).as("gradient × embedding, word %d", t)
                    .isCloseTo(scaled, within(1e-7 + 1e-5 * Math.abs(scaled)));
            assertThat(perStep.gradientNorm()[t]).as("gradient length, word %d", t)
                    .isCloseTo(Math.sqrt(squares), within(1e-7 + 1e-5 * Math.sqrt(squares)));
        }
        assertThat(largest).as("a gradient that is not all zero").isGreaterThan(1e-4);
    }

    /** d/da output(word t's vector × a) at a = 1: gradient × embedding, to first order. */
    private static double scaleDerivative(ComputationGraph net, INDArray words, int t,
                                          ToDoubleFunction<INDArray> output) {
        INDArray row = net.getLayer("embed").getParam("W").getRow(words.ravel().getLong(t));
        INDArray original = row.dup();
        row.assign(original.mul(1 + STEP));
        double up = output.applyAsDouble(words);
        row.assign(original.mul(1 - STEP));
        double down = output.applyAsDouble(words);
        row.assign(original);
        return (up - down) / (2 * STEP);
    }

    private static ComputationGraph network(ComputationGraphConfiguration configuration) {
        ComputationGraph net = new ComputationGraph(configuration);
        net.init();
        return net;
    }
}
