package dev.deepcanvas.graph.dl4j;

import dev.deepcanvas.graph.compile.GraphCompiler;
import dev.deepcanvas.graph.compile.testing.NativeBackendConfigured;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.testing.Samples;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.assertj.core.api.Assertions.assertThat;

/** Seed 0 draws the same numbers every time, as every other seed does. */
@ExtendWith(NativeBackendConfigured.class)
class NativeSeedTest {

    @Test
    void seedZeroDrawsTheSameNumbersEveryTime() {
        NativeSeed.seedNd4j(0);
        INDArray first = Nd4j.randn(DataType.FLOAT, 16);
        NativeSeed.seedNd4j(0);
        assertThat(Nd4j.randn(DataType.FLOAT, 16)).isEqualTo(first);
        assertThat(NativeSeed.of(42)).isEqualTo(42);
        assertThat(NativeSeed.of(-7)).isEqualTo(-7);
    }

    @Test
    void aNetworkFromSeedZeroStartsFromTheSameWeightsEveryTime() throws Exception {
        GraphDocument lenet = Samples.lenet();
        GraphDocument fromZero = lenet.withTraining(lenet.training().withSeed(0));
        assertThat(initialWeights(fromZero)).isEqualTo(initialWeights(fromZero));
    }

    private static INDArray initialWeights(GraphDocument document) throws Exception {
        ComputationGraph network = new ComputationGraph(new GraphCompiler().compile(document).configuration());
        network.init();
        return network.params().dup();
    }
}
