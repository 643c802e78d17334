package dev.deepcanvas.graph.dl4j;

import dev.deepcanvas.graph.compile.CompiledGan;
import dev.deepcanvas.graph.compile.GraphCompiler;
import dev.deepcanvas.graph.compile.testing.NativeBackendConfigured;
import dev.deepcanvas.graph.testing.Samples;
import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.deeplearning4j.nn.layers.FrozenLayerWithBackprop;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The combined network's frozen layers ({@link FrozenLayers}): the generator learns exactly as through DL4J's frozen
 * wrapper, the updater holds no state for the frozen parameters, which do not move, and frozen dense and output layers
 * take the fast path.
 */
@ExtendWith(NativeBackendConfigured.class)
class FrozenLayersTest {

    @Test
    void theGeneratorLearnsAsThroughDl4jsFrozenWrapperAndTheFrozenLayersStayPut() throws Exception {
        CompiledGan gan = new GraphCompiler().compileGan(Samples.gan());
        ComputationGraph plain = init(gan);
        ComputationGraph fast = init(gan);
        fast.setParams(plain.params().dup());
        FastDense.install(fast);
        assertThat(FrozenLayers.install(fast)).isEqualTo(3);
        INDArray before = fast.params().dup();
        for (int step = 0; step < 5; step++) {
            Nd4j.getRandom().setSeed(step + 1);
            INDArray noise = Nd4j.randn(DataType.FLOAT, 6, 8);
            plain.fit(new INDArray[] {noise.dup()}, new INDArray[] {Nd4j.ones(DataType.FLOAT, 6, 1)});
            fast.fit(new INDArray[] {noise.dup()}, new INDArray[] {Nd4j.ones(DataType.FLOAT, 6, 1)});
            assertThat(fast.score()).as("score of step " + step).isCloseTo(plain.score(),
                    org.assertj.core.data.Offset.offset(1e-5 * Math.max(1, Math.abs(plain.score()))));
        }
        for (String layer : List.of("g1", "g2")) {
            INDArray expected = plain.getLayer(layer).params();
            INDArray actual = fast.getLayer(layer).params();
            assertThat(actual.sub(expected).norm2Number().doubleValue())
                    .as("generator layer " + layer).isLessThan(1e-5 * expected.norm2Number().doubleValue());
        }
        for (String layer : List.of("d1", "d2", "verdict")) {
            assertThat(fast.getLayer(layer).params()).as("frozen layer " + layer)
                    .isEqualTo(paramsOf(layer, gan, before));
        }
        // Adam's two moments for the generator's parameters only
        long generatorParams = fast.getLayer("g1").numParams() + fast.getLayer("g2").numParams();
        assertThat(fast.getUpdater().getStateViewArray().length()).isEqualTo(2 * generatorParams);
        assertThat(plain.getUpdater().getStateViewArray().length()).isEqualTo(2 * fast.numParams());
        // the frozen dense (d2) and output (verdict) layers computed their backward passes themselves
        List<Layer> insides = frozenInsides(fast);
        assertThat(insides).hasSize(3);
        assertThat(insides).filteredOn(FastDenseLayer.class::isInstance).singleElement()
                .satisfies(l -> assertThat(((FastDenseLayer) l).backwardPasses).isEqualTo(5));
        assertThat(insides).filteredOn(FastOutputLayer.class::isInstance).singleElement()
                .satisfies(l -> assertThat(((FastOutputLayer) l).backwardPasses).isEqualTo(5));
    }

    private static INDArray paramsOf(String layer, CompiledGan gan, INDArray before) {
        ComputationGraph shaped = init(gan);
        shaped.setParams(before.dup());
        return shaped.getLayer(layer).params();
    }

    private static List<Layer> frozenInsides(ComputationGraph network) {
        List<Layer> insides = new ArrayList<>();
        for (GraphVertex vertex : network.getVertices()) {
            if (vertex.hasLayer() && vertex.getLayer() instanceof FrozenLayerWithBackprop frozen) {
                insides.add(frozen.getInsideLayer());
            }
        }
        return insides;
    }

    private static ComputationGraph init(CompiledGan gan) {
        ComputationGraph net = new ComputationGraph(gan.combined().configuration().clone());
        net.init();
        return net;
    }
}
