package dev.deepcanvas.backend.inside;

import dev.deepcanvas.graph.compile.GraphCompiler;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.templates.TemplateCatalog;
import org.deeplearning4j.nn.conf.layers.LSTM;
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
 * An LSTM's gates are recomputed from its parameters in DL4J's layout; they are the layer's own only if the hidden
 * state recomputed through them is DL4J's. An untrained character model with random weights.
 */
class RecomputedLstmTest {

    @Test
    void theHiddenStateRecomputedThroughTheGatesIsDl4jsOwnActivation() throws Exception {
        GraphDocument graph = TemplateCatalog.load().find("char-model").orElseThrow().document()
                .withParam("chars", "length", 12).withParam("embed", "units", 5).withParam("lstm", "units", 7);
        ComputationGraph net = new ComputationGraph(new GraphCompiler().compile(graph).configuration());
        net.init();
        // DL4J starts the forget gate's bias at 1; nudged apart from the others so that a swapped block shows
        INDArray bias = net.getLayer("lstm").getParam("b");
        bias.addi(Nd4j.linspace(-1, 1, 28).reshape(bias.shape()).castTo(bias.dataType()));
        INDArray chars = Nd4j.createFromArray(new float[]{3, 7, 0, 12, 26, 1, 1, 9, 4, 15, 27, 2}).reshape(1, 1, 12);
        Map<String, INDArray> values = RecomputedAttentionTest.pass(net, "chars", chars);
        GraphVertex vertex = net.getVertex("lstm");
        INDArray input = VertexInputs.of(net, vertex, values).get(0);
        INDArray hidden = values.get("lstm");
        LSTM conf = (LSTM) vertex.getLayer().conf().getLayer();

        LstmMath.Unrolled unrolled = LstmMath.unroll(input.slice(0), vertex.getLayer().getParam("W"),
                vertex.getLayer().getParam("RW"), vertex.getLayer().getParam("b"), conf.getGateActivationFn(),
                conf.getActivationFn());

        assertThat(hidden.shape()).containsExactly(1, 7, 12);
        RecomputedAttentionTest.assertSameOutput(unrolled.hidden(), hidden);
        for (INDArray gate : List.of(unrolled.inputGate(), unrolled.forgetGate(), unrolled.outputGate())) {
            assertThat(gate.minNumber().doubleValue()).isGreaterThanOrEqualTo(0);
            assertThat(gate.maxNumber().doubleValue()).isLessThanOrEqualTo(1);
        }
        for (int u = 0; u < 7; u++) {
            for (int t = 0; t < 12; t++) {
                double previousCell = t == 0 ? 0 : unrolled.cell().getDouble(u, t - 1);
                assertThat(unrolled.cell().getDouble(u, t)).isCloseTo(unrolled.forgetGate().getDouble(u, t)
                        * previousCell + unrolled.inputGate().getDouble(u, t) * unrolled.candidate().getDouble(u, t),
                        within(1e-12));
            }
        }

        GateReading reading = LstmReading.of(graph.node("lstm").orElseThrow(), vertex.getLayer(), input,
                hidden).orElseThrow();
        assertThat(reading.refusal()).isNull();
        RecurrentGates gates = reading.gates();
        assertThat(gates.gates()).extracting(GateMap::name)
                .containsExactly("input gate", "forget gate", "output gate", "cell state");
        assertThat(gates.units()).isEqualTo(7);
        assertThat(gates.steps()).isEqualTo(12);
        GateMap forget = gates.gates().get(1);
        assertThat(forget.low()).isZero();
        assertThat(forget.high()).isEqualTo(1);
        assertThat((double) forget.map().value(6, 11)).isCloseTo(unrolled.forgetGate().getDouble(6, 11),
                within(1e-7));
        GateMap cell = gates.gates().get(3);
        assertThat(cell.low()).isEqualTo(unrolled.cell().minNumber().doubleValue());
        assertThat(gates.note()).isNull();

        GateReading wrong = LstmReading.of(graph.node("lstm").orElseThrow(), vertex.getLayer(), input,
                hidden.mul(0.5)).orElseThrow();
        assertThat(wrong.gates()).isNull();
        assertThat(wrong.refusal()).startsWith("The gates of this LSTM are not shown");
        assertThat(LstmReading.of(graph.node("embed").orElseThrow(), net.getLayer("embed"), chars,
                values.get("embed"))).as("not an LSTM").isEmpty();
    }

    @Test
    void bothDirectionsOfTheTranslationsBidirectionalEncoderRecomputeToItsOutput() throws Exception {
        GraphDocument graph = TemplateCatalog.load().find("translation-attention").orElseThrow().document()
                .withParam("embed", "units", 6).withParam("encoder", "units", 5).withParam("decoder", "units", 7)
                .withParam("attention", "units", 9);
        ComputationGraph net = new ComputationGraph(new GraphCompiler().compile(graph).configuration());
        net.init();
        INDArray words = Nd4j.createFromArray(new float[]{4, 30, 1, 22, 3, 0, 0, 0}).reshape(1, 1, 8);
        Map<String, INDArray> values = RecomputedAttentionTest.pass(net, "words", words);
        GraphVertex encoder = net.getVertex("encoder");
        INDArray input = VertexInputs.of(net, encoder, values).get(0);
        INDArray output = values.get("encoder");
        assertThat(output.shape()).as("both directions, one above the other").containsExactly(1, 10, 8);

        GateReading reading = LstmReading.of(graph.node("encoder").orElseThrow(), encoder.getLayer(), input,
                output).orElseThrow();

        assertThat(reading.refusal()).isNull();
        assertThat(reading.gates().gates()).extracting(GateMap::name).containsExactly("input gate (forwards)",
                "forget gate (forwards)", "output gate (forwards)", "cell state (forwards)", "input gate (backwards)",
                "forget gate (backwards)", "output gate (backwards)", "cell state (backwards)");
        assertThat(reading.gates().note()).contains("backward direction reads the sequence from its end");
        // The backward pass starts at the last word: its step t is the output's step 7 - t, and its first step is the
        // last column of its maps.
        LSTM conf = (LSTM) ((org.deeplearning4j.nn.conf.layers.recurrent.Bidirectional) encoder.getLayer().conf()
                .getLayer()).getFwd();
        LstmMath.Unrolled backwards = LstmMath.unroll(LstmReading.reversed(input.slice(0)),
                encoder.getLayer().getParam("bW"), encoder.getLayer().getParam("bRW"),
                encoder.getLayer().getParam("bb"), conf.getGateActivationFn(), conf.getActivationFn());
        for (int u = 0; u < 5; u++) {
            for (int t = 0; t < 8; t++) {
                assertThat(backwards.hidden().getDouble(u, t)).as("backward unit %d, step %d from the end", u, t)
                        .isCloseTo(output.getDouble(0, 5 + u, 7 - t), within(1e-6));
            }
            assertThat((double) reading.gates().gates().get(7).map().value(u, 7))
                    .isCloseTo(backwards.cell().getDouble(u, 0), within(1e-6));
        }
    }
}
