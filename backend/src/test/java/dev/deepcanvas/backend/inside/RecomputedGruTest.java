package dev.deepcanvas.backend.inside;

import dev.deepcanvas.graph.compile.GraphCompiler;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphNode;
import dev.deepcanvas.graph.dl4j.FastTraining;
import dev.deepcanvas.graph.dl4j.GruLayer;
import dev.deepcanvas.templates.TemplateCatalog;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * A GRU's gates are recomputed from its parameters in DeepCanvas's GRU layout; they are the layer's own only if the
 * hidden state recomputed through them is the layer's output, both as DL4J runs its SameDiff definition and as the
 * fused pass the trained model is served with runs it. Untrained models with random weights.
 */
class RecomputedGruTest {

    private static final INDArray WORDS = Nd4j.createFromArray(
            new float[]{4, 30, 1, 22, 3, 0, 9, 41, 17, 2, 5, 60}).reshape(1, 1, 12);

    @Test
    void theHiddenStateRecomputedThroughTheGatesIsTheLayersOwnOutputAtEveryStep() throws Exception {
        GraphDocument graph = TemplateCatalog.load().find("sentiment-bidirectional-gru").orElseThrow().document()
                .withParam("words", "length", 12).withParam("embed", "units", 5).withParam("gru", "units", 7)
                .withParam("both", "units", 3);
        for (boolean fused : List.of(false, true)) {
            ComputationGraph net = randomNet(graph, fused);
            Map<String, INDArray> values = RecomputedAttentionTest.pass(net, "words", WORDS);
            GraphVertex vertex = net.getVertex("gru");
            INDArray input = VertexInputs.of(net, vertex, values).get(0);
            INDArray hidden = values.get("gru");
            Layer layer = vertex.getLayer();

            GruMath.Unrolled unrolled = GruMath.unroll(input.slice(0), layer.getParam("W"), layer.getParam("U"),
                    layer.getParam("b"));

            assertThat(hidden.shape()).containsExactly(1, 7, 12);
            RecomputedAttentionTest.assertSameOutput(unrolled.hidden(), hidden);
            assertGatesAreShares(unrolled);
            // h' = n + z ⊙ (h − n): the update gate mixes the old state and the candidate
            for (int u = 0; u < 7; u++) {
                for (int t = 0; t < 12; t++) {
                    double before = t == 0 ? 0 : unrolled.hidden().getDouble(u, t - 1);
                    double z = unrolled.updateGate().getDouble(u, t);
                    assertThat(unrolled.hidden().getDouble(u, t)).as("fused %s unit %d step %d", fused, u, t)
                            .isCloseTo(z * before + (1 - z) * unrolled.candidate().getDouble(u, t), within(1e-12));
                }
            }

            GateReading reading = GruReading.of(graph.node("gru").orElseThrow(), layer, input, hidden).orElseThrow();
            assertThat(reading.refusal()).isNull();
            RecurrentGates gates = reading.gates();
            assertThat(gates.cell()).isEqualTo("GRU");
            assertThat(gates.gates()).extracting(GateMap::name)
                    .containsExactly("update gate", "reset gate", "candidate state");
            assertThat(gates.units()).isEqualTo(7);
            assertThat(gates.steps()).isEqualTo(12);
            assertThat(gates.note()).isNull();
            GateMap reset = gates.gates().get(1);
            assertThat(List.of(reset.low(), reset.high())).containsExactly(0.0, 1.0);
            assertThat((double) reset.map().value(6, 11)).isCloseTo(unrolled.resetGate().getDouble(6, 11),
                    within(1e-7));
            GateMap candidate = gates.gates().get(2);
            assertThat(candidate.low()).isEqualTo(unrolled.candidate().minNumber().doubleValue());

            GateReading wrong = GruReading.of(graph.node("gru").orElseThrow(), layer, input, hidden.mul(0.5))
                    .orElseThrow();
            assertThat(wrong.gates()).isNull();
            assertThat(wrong.refusal()).startsWith("The gates of this GRU are not shown: recomputed from its "
                    + "parameters, its hidden state differs from the layer's own by");
            assertThat(GruReading.of(graph.node("both").orElseThrow(), net.getLayer("both"), hidden,
                    values.get("both"))).as("not a GRU").isEmpty();
        }
    }

    @Test
    void aGruThatPassesOnOnlyItsLastStateIsCheckedOnThatState() throws Exception {
        GraphDocument graph = TemplateCatalog.load().find("sentiment-lstm").orElseThrow().document()
                .withParam("words", "length", 12).withParam("embed", "units", 5)
                .withNode(GraphNode.of("lstm", "GRU", Map.of("units", 6, "returnSequences", false)));
        ComputationGraph net = randomNet(graph, true);
        Map<String, INDArray> values = RecomputedAttentionTest.pass(net, "words", WORDS);
        GraphVertex vertex = net.getVertex("lstm");
        INDArray input = VertexInputs.of(net, vertex, values).get(0);
        INDArray last = values.get("lstm");
        assertThat(last.shape()).containsExactly(1, 6);

        GateReading reading = GruReading.of(graph.node("lstm").orElseThrow(), vertex.getLayer(), input, last)
                .orElseThrow();

        assertThat(reading.refusal()).isNull();
        assertThat(reading.gates().steps()).as("every step, though the layer passes on only the last").isEqualTo(12);
        assertThat(reading.gates().note())
                .isEqualTo("The layer passes on only its last state; the gates are shown for every step.");
        GruMath.Unrolled unrolled = GruMath.unroll(input.slice(0), vertex.getLayer().getParam("W"),
                vertex.getLayer().getParam("U"), vertex.getLayer().getParam("b"));
        for (int u = 0; u < 6; u++) {
            assertThat(unrolled.hidden().getDouble(u, 11)).isCloseTo(last.getDouble(0, u), within(1e-6));
        }
        assertThat(GruReading.of(graph.node("lstm").orElseThrow(), vertex.getLayer(), input, last.mul(-1))
                .orElseThrow().gates()).isNull();
    }

    /** The update and reset gates are sigmoids: strictly between 0 and 1. */
    static void assertGatesAreShares(GruMath.Unrolled unrolled) {
        for (INDArray gate : List.of(unrolled.updateGate(), unrolled.resetGate())) {
            assertThat(gate.minNumber().doubleValue()).isGreaterThan(0);
            assertThat(gate.maxNumber().doubleValue()).isLessThan(1);
        }
        assertThat(unrolled.candidate().amaxNumber().doubleValue()).isLessThan(1);
    }

    /**
     * Initialised, with the GRU's biases (which start at zero) spread apart so that a swapped block of gates shows;
     * {@code fused}: served as a trained model is ({@link FastTraining#prepareForOutput}).
     */
    private static ComputationGraph randomNet(GraphDocument graph, boolean fused) throws Exception {
        ComputationGraph net = new ComputationGraph(new GraphCompiler().compile(graph).configuration());
        net.init();
        for (Layer layer : net.getLayers()) {
            if (layer.conf().getLayer() instanceof GruLayer) {
                INDArray bias = layer.getParam("b");
                double[] spread = new double[(int) bias.length()];
                for (int i = 0; i < spread.length; i++) {
                    spread[i] = -1.5 + 3.0 * i / (spread.length - 1);
                }
                bias.addi(Nd4j.createFromArray(spread).reshape(bias.shape()).castTo(bias.dataType()));
                INDArray u = layer.getParam("U");
                u.muli(2);
            }
        }
        return fused ? FastTraining.prepareForOutput(net) : net;
    }
}
