package dev.deepcanvas.graph.compile;

import dev.deepcanvas.graph.compile.testing.NativeBackendConfigured;
import dev.deepcanvas.graph.testing.G;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The LeakyReLU node keeps positive values and scales negative ones by its own slope, not DL4J's fixed 0.01. */
@ExtendWith(NativeBackendConfigured.class)
class LeakyReluTest {

    @Test
    void negativeValuesAreScaledByTheNodesSlope() throws Exception {
        assertThat(outputFor(0.2, -2.0)).isCloseTo(-0.4, within(1e-6));
        assertThat(outputFor(0.2, 3.0)).isCloseTo(3.0, within(1e-6));
        assertThat(outputFor(0.0, -2.0)).isCloseTo(0.0, within(1e-6));
    }

    @Test
    void withoutASlopeItTakesKerasDefault() throws Exception {
        ComputationGraph net = network(G.graph().node("in", "Input", "size", 1).node("leaky", "LeakyReLU")
                .node("out", "Output", "units", 1, "activation", "identity", "loss", "mse").chain("in", "leaky", "out")
                .doc());
        assertThat(net.feedForward(new INDArray[] {Nd4j.createFromArray(new float[][] {{-1f}})}, false)
                .get("leaky").getDouble(0)).isCloseTo(-0.3, within(1e-6));
    }

    private static double outputFor(double slope, double x) throws Exception {
        ComputationGraph net = network(G.graph().node("in", "Input", "size", 1)
                .node("leaky", "LeakyReLU", "negativeSlope", slope)
                .node("out", "Output", "units", 1, "activation", "identity", "loss", "mse").chain("in", "leaky", "out")
                .doc());
        return net.feedForward(new INDArray[] {Nd4j.createFromArray(new float[][] {{(float) x}})}, false)
                .get("leaky").getDouble(0);
    }

    private static ComputationGraph network(dev.deepcanvas.graph.document.GraphDocument doc) throws Exception {
        ComputationGraph net = new ComputationGraph(new GraphCompiler().compile(doc).configuration());
        net.init();
        return net;
    }
}
