package dev.deepcanvas.backend.inside;

import dev.deepcanvas.graph.compile.GraphCompiler;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphNode;
import dev.deepcanvas.templates.TemplateCatalog;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.RecurrentAttentionLayer;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.conf.layers.SelfAttentionLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The attention weights the Inside view shows are recomputed from a layer's trained parameters; they are only the
 * model's own if the output recomputed with them is DL4J's output. Small untrained models with random weights: the
 * arithmetic is the same as after training.
 */
class RecomputedAttentionTest {

    private static final List<String> WORDS = List.of("four", "thousand", "and", "twenty", "one", "<pad>", "<pad>",
            "<pad>");
    private static final List<String> WRITTEN = List.of("4", "0", "2", "1", "<end>", "<end>", "<end>", "<end>");

    @Test
    void theTranslationTemplatesAttentionRecomputedFromItsWeightsIsDl4jsOwnOutput() throws Exception {
        GraphDocument graph = TemplateCatalog.load().find("translation-attention").orElseThrow().document()
                .withParam("embed", "units", 6).withParam("encoder", "units", 5).withParam("decoder", "units", 7)
                .withParam("attention", "units", 9).withParam("attention", "heads", 2)
                .withParam("attention", "headSize", 4);
        ComputationGraph net = new ComputationGraph(new GraphCompiler().compile(graph).configuration());
        net.init();
        INDArray words = Nd4j.createFromArray(new float[]{4, 30, 1, 22, 3, 0, 0, 0}).reshape(1, 1, 8);
        Map<String, INDArray> values = pass(net, "words", words);
        GraphVertex vertex = net.getVertex("attention");
        List<INDArray> inputs = VertexInputs.of(net, vertex, values);
        INDArray actual = values.get("attention");
        Map<String, INDArray> params = vertex.paramTable(false);

        AttentionMath.Attended attended = AttentionMath.attend(inputs.get(0).slice(0), inputs.get(1).slice(0),
                inputs.get(2).slice(0), params.get("Wq"), params.get("Wk"), params.get("Wv"), params.get("Wo"));

        assertThat(actual.shape()).containsExactly(1, 9, 8);
        assertSameOutput(attended.output(), actual);
        assertShares(attended.weights(), 2, 8, 8);

        AttentionReading.Result reading = AttentionReading.of(graph.node("attention").orElseThrow(), vertex, inputs,
                actual, new StepLabels(WORDS, WRITTEN)).orElseThrow();
        assertThat(reading.refusal()).isNull();
        assertThat(reading.maps()).hasSize(2);
        AttentionMap head = reading.maps().get(1);
        assertThat(head.head()).isEqualTo(1);
        assertThat(head.headCount()).isEqualTo(2);
        assertThat(head.sourceTokens()).isEqualTo(WORDS);
        assertThat(head.outputTokens()).as("the decoder's steps are named by what the model wrote").isEqualTo(WRITTEN);
        for (int out = 0; out < 8; out++) {
            for (int source = 0; source < 8; source++) {
                assertThat((double) head.weight(out, source)).isCloseTo(attended.weights()[1][out][source],
                        within(1e-7));
            }
        }
        assertThat(head.note()).isNull();
    }

    @Test
    void selfAttentionAndRecurrentAttentionLayersRecomputeToDl4jsOutputsToo() {
        ComputationGraphConfiguration conf = new NeuralNetConfiguration.Builder().seed(11).graphBuilder()
                .addInputs("in").setInputTypes(InputType.recurrent(5, 6))
                .addLayer("self", new SelfAttentionLayer.Builder().nOut(8).nHeads(2).headSize(3).projectInput(true)
                        .build(), "in")
                .addLayer("recurrent", new RecurrentAttentionLayer.Builder().nOut(7).nHeads(3).headSize(2)
                        .projectInput(true).activation(Activation.TANH).build(), "self")
                .addLayer("out", new RnnOutputLayer.Builder().nOut(3).activation(Activation.SOFTMAX)
                        .lossFunction(LossFunctions.LossFunction.MCXENT).build(), "recurrent")
                .setOutputs("out").build();
        ComputationGraph net = new ComputationGraph(conf);
        net.init();
        INDArray sequence = Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.FLOAT, 1, 5, 6).subi(0.5).muli(4);
        Map<String, INDArray> values = pass(net, "in", sequence);
        List<String> steps = List.of("a", "b", "c", "d", "e", "f");

        GraphVertex self = net.getVertex("self");
        List<INDArray> selfInputs = VertexInputs.of(net, self, values);
        Map<String, INDArray> p = self.getLayer().paramTable();
        INDArray input = selfInputs.get(0).slice(0);
        AttentionMath.Attended attended = AttentionMath.attend(input, input, input, p.get("Wq"), p.get("Wk"),
                p.get("Wv"), p.get("Wo"));
        assertSameOutput(attended.output(), values.get("self"));
        assertShares(attended.weights(), 2, 6, 6);
        AttentionReading.Result selfReading = AttentionReading.of(GraphNode.of("self", "SelfAttention", Map.of()),
                self, selfInputs, values.get("self"), new StepLabels(steps, List.of())).orElseThrow();
        assertThat(selfReading.refusal()).isNull();
        assertThat(selfReading.maps()).hasSize(2).allSatisfy(m -> {
            assertThat(m.sourceTokens()).isEqualTo(steps);
            assertThat(m.outputTokens()).isEqualTo(steps);
        });

        GraphVertex recurrent = net.getVertex("recurrent");
        List<INDArray> recurrentInputs = VertexInputs.of(net, recurrent, values);
        Map<String, INDArray> r = recurrent.getLayer().paramTable();
        RecurrentAttentionMath.Unrolled unrolled = RecurrentAttentionMath.unroll(recurrentInputs.get(0).slice(0),
                r.get("W"), r.get("RW"), r.get("b"), r.get("Wq"), r.get("Wk"), r.get("Wv"), r.get("Wo"),
                Activation.TANH.getActivationFunction());
        assertSameOutput(unrolled.output(), values.get("recurrent"));
        assertShares(unrolled.weights(), 3, 5, 6);
        AttentionReading.Result recurrentReading = AttentionReading.of(GraphNode.of("recurrent",
                        "RecurrentAttention", Map.of()), recurrent, recurrentInputs, values.get("recurrent"),
                new StepLabels(steps, List.of())).orElseThrow();
        assertThat(recurrentReading.refusal()).isNull();
        assertThat(recurrentReading.maps()).hasSize(3).allSatisfy(m -> {
            assertThat(m.sourceTokens()).isEqualTo(steps);
            assertThat(m.outputTokens()).as("step 0 has no question to ask").isEqualTo(steps.subList(1, 6));
            assertThat(m.note()).startsWith("Step 0 attends to nothing");
        });

        assertThat(AttentionReading.of(GraphNode.of("out", "RnnOutput", Map.of()), net.getVertex("out"),
                VertexInputs.of(net, net.getVertex("out"), values), values.get("out"),
                new StepLabels(steps, List.of()))).as("a layer that does not attend").isEmpty();
    }

    @Test
    void weightsThatWouldNotReproduceTheLayersOutputAreRefusedNotShown() {
        ComputationGraphConfiguration conf = new NeuralNetConfiguration.Builder().seed(3).graphBuilder()
                .addInputs("in").setInputTypes(InputType.recurrent(4, 5))
                .addLayer("self", new SelfAttentionLayer.Builder().nOut(4).nHeads(1).headSize(4).projectInput(true)
                        .build(), "in")
                .addLayer("out", new RnnOutputLayer.Builder().nOut(2).activation(Activation.SOFTMAX)
                        .lossFunction(LossFunctions.LossFunction.MCXENT).build(), "self")
                .setOutputs("out").build();
        ComputationGraph net = new ComputationGraph(conf);
        net.init();
        Map<String, INDArray> values = pass(net, "in", Nd4j.rand(org.nd4j.linalg.api.buffer.DataType.FLOAT, 1, 4,
                5));
        GraphVertex self = net.getVertex("self");
        // an output the weights cannot have produced, as a mask or an unknown layout would give
        INDArray other = values.get("self").add(0.5);

        AttentionReading.Result reading = AttentionReading.of(GraphNode.of("self", "SelfAttention", Map.of()), self,
                VertexInputs.of(net, self, values), other, new StepLabels(List.of(), List.of())).orElseThrow();

        assertThat(reading.maps()).isEmpty();
        assertThat(reading.refusal()).startsWith("The attention weights of this layer are not shown: recomputed "
                + "from its parameters, its output differs from DL4J's by 0.5");
    }

    static Map<String, INDArray> pass(ComputationGraph net, String inputName, INDArray input) {
        Map<String, INDArray> values = new HashMap<>(net.feedForward(new INDArray[]{input}, false));
        values.putIfAbsent(inputName, input);
        return values;
    }

    /** The recomputed {@code [out, steps]} against DL4J's {@code [1, out, steps]}, value by value. */
    static void assertSameOutput(INDArray recomputed, INDArray actual) {
        assertThat(recomputed.shape()).containsExactly(actual.size(1), actual.size(2));
        for (int u = 0; u < actual.size(1); u++) {
            for (int t = 0; t < actual.size(2); t++) {
                assertThat(recomputed.getDouble(u, t)).as("unit %d step %d", u, t)
                        .isCloseTo(actual.getDouble(0, u, t), within(1e-6));
            }
        }
    }

    /** Every row of every head: shares from 0 to 1 that sum to 1 over the source. */
    static void assertShares(double[][][] weights, int heads, int rows, int sources) {
        assertThat(weights.length).isEqualTo(heads);
        for (double[][] head : weights) {
            assertThat(head.length).isEqualTo(rows);
            for (double[] row : head) {
                assertThat(row).hasSize(sources);
                double sum = 0;
                for (double share : row) {
                    assertThat(share).isBetween(0.0, 1.0);
                    sum += share;
                }
                assertThat(sum).isCloseTo(1.0, within(1e-9));
            }
        }
    }
}
