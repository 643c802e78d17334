package dev.deepcanvas.graph.compile;

import dev.deepcanvas.graph.compile.testing.NativeBackendConfigured;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.testing.G;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The GaussianNoise node adds noise of its standard deviation while training and nothing at inference. */
@ExtendWith(NativeBackendConfigured.class)
class GaussianNoiseTest {

    @Test
    void whileTrainingItAddsZeroMeanNoiseOfItsStandardDeviation() throws Exception {
        ComputationGraph net = network(0.3);
        INDArray x = Nd4j.rand(200, 50);
        INDArray added = net.feedForward(new INDArray[] {x}, true).get("noise").sub(x);
        assertThat(added.meanNumber().doubleValue()).isCloseTo(0.0, within(0.01));
        assertThat(added.stdNumber().doubleValue()).isCloseTo(0.3, within(0.01));
    }

    @Test
    void atInferenceItPassesValuesThroughUnchanged() throws Exception {
        ComputationGraph net = network(0.3);
        INDArray x = Nd4j.rand(4, 50);
        assertThat(net.feedForward(new INDArray[] {x}, false).get("noise")).isEqualTo(x);
    }

    @Test
    void aNetworkWithNoiseTrains() throws Exception {
        ComputationGraph net = network(0.3);
        INDArray before = net.getVertex("out").params().dup();
        net.fit(new INDArray[] {Nd4j.rand(8, 50)}, new INDArray[] {Nd4j.rand(8, 1)});
        assertThat(net.getVertex("out").params()).isNotEqualTo(before);
    }

    @Test
    void withoutAStandardDeviationItTakesTheDefault() throws Exception {
        GraphDocument doc = G.graph().node("in", "Input", "size", 2).node("noise", "GaussianNoise")
                .node("out", "Output", "units", 1, "activation", "identity", "loss", "mse")
                .chain("in", "noise", "out").doc();
        assertThat(new GraphCompiler().compile(doc).configuration().toJson()).contains("\"stddev\" : 0.1");
    }

    private static ComputationGraph network(double stddev) throws Exception {
        ComputationGraph net = new ComputationGraph(new GraphCompiler().compile(G.graph().node("in", "Input", "size", 50)
                .node("noise", "GaussianNoise", "stddev", stddev)
                .node("out", "Output", "units", 1, "activation", "identity", "loss", "mse")
                .chain("in", "noise", "out").doc()).configuration());
        net.init();
        return net;
    }
}
