package dev.deepcanvas.graph.dl4j;

import dev.deepcanvas.graph.compile.testing.DoublePrecision;
import dev.deepcanvas.graph.compile.testing.NativeBackendConfigured;
import org.deeplearning4j.gradientcheck.GradientCheckUtil;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.AttentionVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.GlobalPoolingLayer;
import org.deeplearning4j.nn.conf.layers.LSTM;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.RecurrentAttentionLayer;
import org.deeplearning4j.nn.conf.layers.SelfAttentionLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.impl.FrozenVertex;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.NoOp;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every kind of SameDiff layer or vertex the compiler emits passes DL4J's own gradient check (central differences
 * of the loss, for every parameter of the network, the LSTM below it included) once prepared for training; the
 * same network left as DL4J builds it is off by {@link SameDiffBridge#GRADIENT_FACTOR}, so a DL4J that mended its
 * bridge would fail here instead of silently halving true gradients.
 */
@ExtendWith({NativeBackendConfigured.class, DoublePrecision.class})
class ExactSameDiffGradientsTest {

    /** A sequence of 5 steps of 4 features, through an LSTM (so the gradient passed back is checked), then the kind. */
    enum Kind {
        SELF_ATTENTION, RECURRENT_ATTENTION, ATTENTION_VERTEX, GRU_THROUGH_SAMEDIFF;

        ComputationGraph network() {
            ComputationGraphConfiguration.GraphBuilder b = new NeuralNetConfiguration.Builder().seed(3)
                    .dataType(DataType.DOUBLE).updater(new NoOp()).graphBuilder().addInputs("in")
                    .setInputTypes(InputType.recurrent(4, 5))
                    .addLayer("lstm", new LSTM.Builder().nOut(4).activation(Activation.TANH).build(), "in");
            switch (this) {
                case SELF_ATTENTION -> b.addLayer("kind", new SelfAttentionLayer.Builder().nOut(6).nHeads(2)
                        .headSize(3).projectInput(true).build(), "lstm");
                case RECURRENT_ATTENTION -> b.addLayer("kind", new RecurrentAttentionLayer.Builder().nOut(6)
                        .nHeads(2).headSize(3).projectInput(true).activation(Activation.TANH).build(), "lstm");
                case ATTENTION_VERTEX -> b.addVertex("kind", new AttentionVertex.Builder().nInQueries(4).nInKeys(4)
                        .nInValues(4).nOut(6).nHeads(2).headSize(3).projectInput(true).build(),
                        "lstm", "lstm", "lstm");
                case GRU_THROUGH_SAMEDIFF -> b.addLayer("kind", new GruLayer(6, 5, true), "lstm");
            }
            b.addLayer("pool", new GlobalPoolingLayer.Builder().build(), "kind")
                    .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(3)
                            .activation(Activation.SOFTMAX).build(), "pool")
                    .setOutputs("out");
            ComputationGraph net = new ComputationGraph(b.build());
            net.init();
            return net;
        }
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void passesDl4jsGradientCheckOnceItsGradientIsMadeExact(Kind kind) {
        ComputationGraph net = kind.network();
        assertThat(ExactSameDiffGradients.install(net)).isEqualTo(1);
        assertThat(check(net)).isTrue();
    }

    @Test
    void theFusedGruPassesItToo() {
        ComputationGraph net = Kind.GRU_THROUGH_SAMEDIFF.network();
        FastTraining.prepare(net);
        assertThat(net.getLayer("kind")).isInstanceOf(FusedGruLayer.class);
        assertThat(check(net)).isTrue();
    }

    @Test
    void dl4jsOwnBridgeIsOffByItsFactorForTheLayerAndEverythingBelowIt() {
        ComputationGraph plain = Kind.ATTENTION_VERTEX.network();
        ComputationGraph exact = Kind.ATTENTION_VERTEX.network();
        exact.setParams(plain.params().dup());
        ExactSameDiffGradients.install(exact);
        INDArray[] data = data();
        for (ComputationGraph net : new ComputationGraph[] {plain, exact}) {
            net.setInputs(data[0]);
            net.setLabels(data[1]);
            net.computeGradientAndScore();
        }
        for (String below : new String[] {"lstm_W", "lstm_RW"}) {
            INDArray ratio = plain.gradient().getGradientFor(below).div(exact.gradient().getGradientFor(below));
            assertThat(ratio.minNumber().doubleValue()).as(below).isCloseTo(SameDiffBridge.GRADIENT_FACTOR,
                    org.assertj.core.data.Offset.offset(1e-6));
            assertThat(ratio.maxNumber().doubleValue()).as(below).isCloseTo(SameDiffBridge.GRADIENT_FACTOR,
                    org.assertj.core.data.Offset.offset(1e-6));
        }
        assertThat(plain.gradient().getGradientFor("out_W")).isEqualTo(exact.gradient().getGradientFor("out_W"));
    }

    @Test
    void aSavedNetworkStaysPlainDl4j() {
        ComputationGraph net = Kind.ATTENTION_VERTEX.network();
        String before = net.getConfiguration().toJson();
        ExactSameDiffGradients.install(net);
        assertThat(net.getConfiguration().toJson()).isEqualTo(before);
        assertThat(net.getVertex("kind")).isInstanceOf(ExactSameDiffVertex.class);
        assertThat(net.getVertices()[net.getVertex("kind").getVertexIndex()]).isSameAs(net.getVertex("kind"));
    }

    @Test
    void aNetworkWhoseGradientsAlreadyExistIsMendedToo() {
        // as after a restore with its updater, or a first gradient before the network was prepared
        ComputationGraph net = Kind.ATTENTION_VERTEX.network();
        net.initGradientsView();
        ExactSameDiffGradients.install(net);
        assertThat(check(net)).isTrue();
    }

    /**
     * A SameDiff vertex inside DL4J's FrozenVertex (its configuration wrapped the same way) is mended inside the
     * wrapper, stays frozen, and the layers above it learn as usual. (DL4J wants everything below a frozen vertex
     * frozen too: the LSTM is.)
     */
    @Test
    void aFrozenSameDiffVertexIsMendedInsideItsWrapper() {
        ComputationGraph frozen = new ComputationGraph(new NeuralNetConfiguration.Builder().seed(3)
                .dataType(DataType.DOUBLE).updater(new Sgd(0.1)).graphBuilder().addInputs("in")
                .setInputTypes(InputType.recurrent(4, 5))
                .addLayer("lstm", new org.deeplearning4j.nn.conf.layers.misc.FrozenLayer(new LSTM.Builder().nOut(4)
                        .activation(Activation.TANH).build()), "in")
                .addVertex("kind", new org.deeplearning4j.nn.conf.graph.FrozenVertex(new AttentionVertex.Builder()
                        .nInQueries(4).nInKeys(4).nInValues(4).nOut(6).nHeads(2).headSize(3).projectInput(true)
                        .build()), "lstm", "lstm", "lstm")
                .addLayer("pool", new GlobalPoolingLayer.Builder().build(), "kind")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(3)
                        .activation(Activation.SOFTMAX).build(), "pool")
                .setOutputs("out").build());
        frozen.init();
        assertThat(frozen.getVertex("kind")).isInstanceOf(FrozenVertex.class);

        assertThat(ExactSameDiffGradients.install(frozen)).isEqualTo(1);
        INDArray attention = frozen.getVertex("kind").params().dup();
        INDArray output = frozen.getLayer("out").params().dup();
        INDArray[] data = data();
        frozen.fit(new INDArray[] {data[0]}, new INDArray[] {data[1]});

        assertThat(frozen.getVertex("kind").params()).as("frozen").isEqualTo(attention);
        assertThat(frozen.getLayer("out").params()).as("learns").isNotEqualTo(output);
    }

    private static boolean check(ComputationGraph net) {
        INDArray[] data = data();
        return GradientCheckUtil.checkGradients(new GradientCheckUtil.GraphConfig().net(net)
                .inputs(new INDArray[] {data[0]}).labels(new INDArray[] {data[1]}));
    }

    private static INDArray[] data() {
        Nd4j.getRandom().setSeed(7);
        INDArray x = Nd4j.rand(DataType.DOUBLE, 3, 4, 5).subi(0.5);
        INDArray y = Nd4j.zeros(DataType.DOUBLE, 3, 3);
        for (int i = 0; i < 3; i++) {
            y.putScalar(i, i, 1.0);
        }
        return new INDArray[] {x, y};
    }
}
