package dev.deepcanvas.graph.compile;

import dev.deepcanvas.graph.analysis.Analysis;
import dev.deepcanvas.graph.analysis.GraphAnalyzer;
import dev.deepcanvas.graph.analysis.ProblemCode;
import dev.deepcanvas.graph.compile.testing.NativeBackendConfigured;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.testing.G;
import dev.deepcanvas.graph.testing.Samples;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.misc.FrozenLayerWithBackprop;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.lossfunctions.LossFunctions.LossFunction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(NativeBackendConfigured.class)
class GanCompileTest {

    private final GraphCompiler compiler = new GraphCompiler();

    @Test
    void analysesAsOneValidDocument() {
        Analysis a = new GraphAnalyzer().analyze(Samples.gan());
        assertThat(a.problems()).isEmpty();
        assertThat(a.shapeOf("gimg")).hasToString("6×6×1");
        assertThat(a.shapeOf("d1")).hasToString("4×4×3");
    }

    @Test
    void compilesThreeNetworksSharingParametersByName() throws Exception {
        CompiledGan gan = compiler.compileGan(Samples.gan());
        assertThat(gan.generator().inputNames()).containsExactly("noise");
        assertThat(gan.generator().outputNames()).containsExactly("gimg");
        assertThat(gan.discriminator().inputNames()).containsExactly("real");
        assertThat(gan.discriminator().outputNames()).containsExactly("verdict");
        assertThat(gan.combined().inputNames()).containsExactly("noise");
        assertThat(gan.combined().outputNames()).containsExactly("verdict");
        ComputationGraphConfiguration combined = gan.combined().configuration();
        assertThat(combined.getVertexInputs().get("d1")).containsExactly("gimg");
        assertThat(layer(combined, "d1")).isInstanceOf(FrozenLayerWithBackprop.class);
        assertThat(layer(combined, "verdict")).isInstanceOf(FrozenLayerWithBackprop.class);
        assertThat(layer(combined, "g1")).isInstanceOf(DenseLayer.class);

        ComputationGraph g = init(gan.generator());
        ComputationGraph d = init(gan.discriminator());
        ComputationGraph gd = init(gan.combined());
        assertThat(gd.params().length()).isEqualTo(g.params().length() + d.params().length());
        assertThat(g.params().length() + d.params().length())
                .isEqualTo(new GraphAnalyzer().analyze(Samples.gan()).totalParams());
        assertThat(gan.beforeGeneratorStep()).extracting(ParamCopy::vertex).containsExactly("d1", "d2", "verdict");
        assertThat(gan.afterGeneratorStep()).extracting(ParamCopy::vertex).containsExactly("g1", "g2");
    }

    @Test
    void oneTrainingRoundFollowsTheCopyPlan() throws Exception {
        CompiledGan gan = compiler.compileGan(Samples.gan());
        ComputationGraph g = init(gan.generator());
        ComputationGraph d = init(gan.discriminator());
        ComputationGraph gd = init(gan.combined());
        // Start from one generator: the sampler takes the combined network's initial generator weights.
        CompiledGan.apply(gan.afterGeneratorStep(), g, d, gd);
        int batch = 4;
        INDArray noise = Nd4j.randn(batch, 8);
        INDArray real = Nd4j.rand(batch, 1, 6, 6);
        INDArray fake = g.outputSingle(noise);
        assertThat(fake.shape()).containsExactly(batch, 1, 6, 6);

        d.fit(new INDArray[] {Nd4j.concat(0, real, fake)},
                new INDArray[] {Nd4j.vstack(Nd4j.ones(batch, 1), Nd4j.zeros(batch, 1))});
        CompiledGan.apply(gan.beforeGeneratorStep(), g, d, gd);
        assertThat(gd.getVertex("d1").params()).isEqualTo(d.getVertex("d1").params());
        assertThat(gd.outputSingle(noise)).isEqualTo(d.outputSingle(fake));

        INDArray frozenBefore = gd.getVertex("d2").params().dup();
        INDArray generatorBefore = gd.getVertex("g1").params().dup();
        gd.fit(new INDArray[] {noise}, new INDArray[] {Nd4j.ones(batch, 1)});
        assertThat(gd.getVertex("d2").params()).as("the discriminator copy stays frozen").isEqualTo(frozenBefore);
        assertThat(gd.getVertex("g1").params()).as("the generator learns").isNotEqualTo(generatorBefore);

        CompiledGan.apply(gan.afterGeneratorStep(), g, d, gd);
        assertThat(g.outputSingle(noise)).isEqualTo(gd.feedForward(new INDArray[] {noise}, false).get("gimg"));
    }

    /**
     * A conditional GAN: the generator and the discriminator each take a class beside their usual input, and the
     * combined network feeds the generator's class to the discriminator's class branch, so the frozen discriminator
     * judges a generated picture against the class it was asked to be.
     */
    @Test
    void conditionalGanFeedsTheGeneratorsClassToTheDiscriminator() throws Exception {
        CompiledGan gan = compiler.compileGan(Samples.conditionalGan());
        assertThat(gan.blocks().conditional()).isTrue();
        assertThat(gan.generator().inputNames()).containsExactlyInAnyOrder("noise", "gclass");
        assertThat(gan.discriminator().inputNames()).containsExactlyInAnyOrder("real", "dclass");
        assertThat(gan.combined().inputNames()).containsExactlyInAnyOrder("noise", "gclass");
        ComputationGraphConfiguration combined = gan.combined().configuration();
        assertThat(combined.getVertexInputs().get("dmap")).containsExactly("gclass");
        assertThat(combined.getVertexInputs().get("djoin")).containsExactly("gimg", "dgrid");
        assertThat(layer(combined, "dmap")).isInstanceOf(FrozenLayerWithBackprop.class);

        ComputationGraph g = init(gan.generator());
        ComputationGraph d = init(gan.discriminator());
        ComputationGraph gd = init(gan.combined());
        CompiledGan.apply(gan.afterGeneratorStep(), g, d, gd);
        CompiledGan.apply(gan.beforeGeneratorStep(), g, d, gd);
        INDArray noise = Nd4j.randn(4, 8);
        INDArray classes = Nd4j.eye(3).getRows(0, 1, 2, 0);
        INDArray fake = g.output(false, inOrder(gan.generator(), "noise", noise, "gclass", classes))[0];
        INDArray otherClasses = Nd4j.eye(3).getRows(1, 2, 0, 1);
        INDArray verdict = d.output(false, inOrder(gan.discriminator(), "real", fake, "dclass", classes))[0];
        assertThat(gd.output(false, inOrder(gan.combined(), "noise", noise, "gclass", classes))[0])
                .as("the combined network judges the picture against the class it was asked for").isEqualTo(verdict);
        assertThat(d.output(false, inOrder(gan.discriminator(), "real", fake, "dclass", otherClasses))[0])
                .as("the class changes the verdict").isNotEqualTo(verdict);
    }

    /** An auxiliary classifier is one more output of the discriminator and, frozen, of the combined network. */
    @Test
    void auxiliaryClassifierIsAnOutputOfBothNetworksThatJudge() throws Exception {
        GraphDocument doc = G.graph()
                .group("generator")
                .node("z", "NoiseInput", "size", 4)
                .node("c", "ClassInput", "classes", 3)
                .node("join", "Concatenate")
                .node("g", "Dense", "units", 6, "activation", "tanh")
                .group("discriminator")
                .node("x", "Input", "size", 6)
                .node("d", "Dense", "units", 5)
                .node("p", "Output", "units", 1, "activation", "sigmoid", "loss", "xent")
                .node("named", "Output", "units", 3, "activation", "softmax", "loss", "mcxent")
                .edge("z", "join", 0).edge("c", "join", 1).chain("join", "g").chain("x", "d", "p").chain("d", "named")
                .doc();
        CompiledGan gan = compiler.compileGan(doc);
        assertThat(gan.blocks().discriminatorClassOutput()).isEqualTo("named");
        assertThat(gan.discriminator().inputNames()).containsExactly("x");
        assertThat(gan.discriminator().outputNames()).containsExactlyInAnyOrder("p", "named");
        assertThat(gan.combined().inputNames()).containsExactlyInAnyOrder("z", "c");
        assertThat(gan.combined().outputNames()).containsExactlyInAnyOrder("p", "named");
        assertThat(layer(gan.combined().configuration(), "named")).isInstanceOf(FrozenLayerWithBackprop.class);
    }

    @Test
    void equalsAHandWrittenMlpGan() throws Exception {
        GraphDocument doc = G.graph()
                .group("generator")
                .node("z", "NoiseInput", "size", 4)
                .node("g", "Dense", "units", 6, "activation", "tanh")
                .group("discriminator")
                .node("x", "Input", "size", 6)
                .node("d", "Dense", "units", 5)
                .node("p", "Output", "units", 1, "activation", "sigmoid", "loss", "xent")
                .chain("z", "g").chain("x", "d", "p").doc();
        CompiledGan gan = compiler.compileGan(doc);
        DenseLayer gLayer = new DenseLayer.Builder().nOut(6).activation(Activation.TANH).build();
        ComputationGraphConfiguration generator = builder().addInputs("z")
                .addLayer("g", gLayer, "z")
                .setInputTypes(InputType.feedForward(4)).setOutputs("g").allowNoOutput(true).build();
        ComputationGraphConfiguration discriminator = builder().addInputs("x")
                .addLayer("d", new DenseLayer.Builder().nOut(5).activation(Activation.RELU).build(), "x")
                .addLayer("p", new OutputLayer.Builder(LossFunction.XENT).nOut(1).activation(Activation.SIGMOID)
                        .build(), "d")
                .setInputTypes(InputType.feedForward(6)).setOutputs("p").build();
        ComputationGraphConfiguration combined = builder().addInputs("z")
                .addLayer("g", new DenseLayer.Builder().nOut(6).activation(Activation.TANH).build(), "z")
                .addLayer("d", new FrozenLayerWithBackprop(new DenseLayer.Builder().nOut(5)
                        .activation(Activation.RELU).build()), "g")
                .addLayer("p", new FrozenLayerWithBackprop(new OutputLayer.Builder(LossFunction.XENT).nOut(1)
                        .activation(Activation.SIGMOID).build()), "d")
                .setInputTypes(InputType.feedForward(4)).setOutputs("p").build();
        assertThat(gan.generator().configuration().toJson()).isEqualTo(generator.toJson());
        assertThat(gan.discriminator().configuration()).isEqualTo(discriminator);
        assertThat(gan.combined().configuration().toJson()).isEqualTo(combined.toJson());
        assertThat(gan.combined().configuration()).isEqualTo(combined);
    }

    @Test
    void anInputReadOnlyForItsLengthIsAllowed() throws Exception {
        GraphDocument oneToMany = G.graph().node("v", "Input", "size", 3).node("steps", "SequenceInput", "length", 5)
                .node("dup", "DuplicateToSequence").node("lstm", "LSTM", "units", 4).node("out", "RnnOutput")
                .edge("v", "dup", 0).edge("steps", "dup", 1).chain("dup", "lstm", "out").doc();
        CompiledGraph c = compiler.compile(oneToMany);
        ComputationGraph net = init(c);
        INDArray out = net.output(Nd4j.rand(2, 3), Nd4j.rand(2, 1, 5))[0];
        assertThat(out.shape()).containsExactly(2, 10, 5);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Dropout", "BatchNorm"})
    void layersDl4jCannotFreezeAreRefusedInTheDiscriminatorBeforeDl4jSeesThem(String type) {
        GraphDocument doc = mlpGanWith("discriminator", type);
        assertThatThrownBy(() -> compiler.compileGan(doc))
                .isInstanceOfSatisfying(InvalidGraphException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> {
                            assertThat(p.code()).isEqualTo(ProblemCode.GAN_BLOCKS);
                            assertThat(p.nodeId()).isEqualTo("extra");
                        }));
    }

    /** The refusals are specific to the frozen discriminator copy: in the generator these layers train. */
    @ParameterizedTest
    @ValueSource(strings = {"Dropout", "BatchNorm"})
    void theSameLayersTrainInTheGenerator(String type) throws Exception {
        assertOneGeneratorStepLearns(mlpGanWith("generator", type), "g");
    }

    /** A LeakyReLU passes the verdict's gradient back through the frozen discriminator to the generator. */
    @Test
    void aLeakyReluInTheDiscriminatorTrainsTheGenerator() throws Exception {
        assertOneGeneratorStepLearns(mlpGanWith("discriminator", "LeakyReLU", "negativeSlope", 0.2), "g");
    }

    /**
     * Instance noise must act in both steps of the game: the combined network leaves the GaussianNoise node
     * unwrapped (frozen, it would run in inference mode and add nothing) while every layer with parameters stays
     * frozen, and the generator still learns through it.
     */
    @Test
    void gaussianNoiseInTheDiscriminatorStaysLiveInTheCombinedNetwork() throws Exception {
        GraphDocument doc = mlpGanWith("discriminator", "GaussianNoise", "stddev", 0.5);
        CompiledGan gan = compiler.compileGan(doc);
        ComputationGraphConfiguration combined = gan.combined().configuration();
        assertThat(layer(combined, "extra")).isInstanceOf(org.deeplearning4j.nn.conf.layers.DropoutLayer.class);
        assertThat(layer(combined, "d")).isInstanceOf(FrozenLayerWithBackprop.class);
        assertThat(layer(combined, "p")).isInstanceOf(FrozenLayerWithBackprop.class);

        ComputationGraph gd = init(gan.combined());
        INDArray z = Nd4j.randn(8, 4);
        INDArray noisy = gd.feedForward(new INDArray[] {z}, true).get("extra");
        INDArray clean = gd.feedForward(new INDArray[] {z}, false).get("extra");
        assertThat(noisy).isNotEqualTo(clean);
        assertThat(clean).isEqualTo(gd.feedForward(new INDArray[] {z}, false).get("d"));
        assertOneGeneratorStepLearns(doc, "g");
    }

    /** Arrays in the network's input order: DL4J takes them by position. */
    private static INDArray[] inOrder(CompiledGraph net, String firstName, INDArray first, String secondName,
                                      INDArray second) {
        return net.inputNames().stream().map(n -> n.equals(firstName) ? first : n.equals(secondName) ? second : null)
                .toArray(INDArray[]::new);
    }

    private void assertOneGeneratorStepLearns(GraphDocument doc, String generatorVertex) throws Exception {
        CompiledGan gan = compiler.compileGan(doc);
        ComputationGraph g = init(gan.generator());
        ComputationGraph d = init(gan.discriminator());
        ComputationGraph gd = init(gan.combined());
        d.fit(new INDArray[] {Nd4j.concat(0, Nd4j.rand(4, 6), g.outputSingle(true, Nd4j.randn(4, 4)))},
                new INDArray[] {Nd4j.vstack(Nd4j.ones(4, 1), Nd4j.zeros(4, 1))});
        CompiledGan.apply(gan.beforeGeneratorStep(), g, d, gd);
        INDArray generatorBefore = gd.getVertex(generatorVertex).params().dup();
        gd.fit(new INDArray[] {Nd4j.randn(4, 4)}, new INDArray[] {Nd4j.ones(4, 1)});
        assertThat(gd.getVertex(generatorVertex).params()).isNotEqualTo(generatorBefore);
    }

    @Test
    void theDiscriminatorTrainsWithItsOwnLearningRateAndEveryNetworkWithAdamsBeta1() throws Exception {
        GraphDocument doc = Samples.gan().withTraining(Samples.gan().training().withLearningRate(0.0002)
                .withBeta1(0.5).withDiscriminatorLearningRate(0.0004));
        CompiledGan gan = compiler.compileGan(doc);
        assertThat(updater(gan.discriminator(), "d2")).isEqualTo(new Adam(0.0004, 0.5, 0.999, 1e-8));
        assertThat(updater(gan.combined(), "g1")).isEqualTo(new Adam(0.0002, 0.5, 0.999, 1e-8));
        assertThat(updater(gan.generator(), "g1")).isEqualTo(new Adam(0.0002, 0.5, 0.999, 1e-8));
    }

    @Test
    void withoutItsOwnLearningRateTheDiscriminatorSharesTheGeneratorsAndAdamKeepsItsDefaults() throws Exception {
        CompiledGan gan = compiler.compileGan(Samples.gan());
        assertThat(updater(gan.discriminator(), "d2")).isEqualTo(new Adam(Samples.gan().training().learningRate()));
        assertThat(updater(gan.combined(), "g1")).isEqualTo(updater(gan.discriminator(), "d2"));
    }

    private static org.nd4j.linalg.learning.config.IUpdater updater(CompiledGraph graph, String vertex) {
        org.deeplearning4j.nn.conf.graph.LayerVertex v =
                (org.deeplearning4j.nn.conf.graph.LayerVertex) graph.configuration().getVertices().get(vertex);
        return ((org.deeplearning4j.nn.conf.layers.BaseLayer) v.getLayerConf().getLayer()).getIUpdater();
    }

    /** A small MLP GAN with one extra layer, "extra", in the named block. */
    private static GraphDocument mlpGanWith(String block, String type, Object... params) {
        G g = G.graph().group("generator").node("z", "NoiseInput", "size", 4)
                .node("g", "Dense", "units", 6, "activation", "tanh");
        if (block.equals("generator")) {
            g = g.node("extra", type, params).node("gs", "Dense", "units", 6, "activation", "sigmoid")
                    .chain("z", "g", "extra", "gs");
        } else {
            g = g.chain("z", "g");
        }
        g = g.group("discriminator").node("x", "Input", "size", 6).node("d", "Dense", "units", 5)
                .node("p", "Output", "units", 1, "activation", "sigmoid", "loss", "xent");
        if (block.equals("discriminator")) {
            g = g.node("extra", type, params).chain("x", "d", "extra", "p");
        } else {
            g = g.chain("x", "d", "p");
        }
        return g.doc();
    }

    @Test
    void singleNetworkCompileRefusesAGan() {
        assertThatThrownBy(() -> compiler.compile(Samples.gan()))
                .isInstanceOfSatisfying(InvalidGraphException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.code()).isEqualTo(ProblemCode.GAN_BLOCKS)));
        assertThatThrownBy(() -> compiler.compileGan(G.skeleton()))
                .isInstanceOfSatisfying(InvalidGraphException.class, e -> assertThat(e.problems())
                        .anySatisfy(p -> assertThat(p.code()).isEqualTo(ProblemCode.GAN_BLOCKS)));
    }

    private static ComputationGraphConfiguration.GraphBuilder builder() {
        return new NeuralNetConfiguration.Builder().seed(42).updater(new Adam(0.01)).weightInit(WeightInit.XAVIER)
                .graphBuilder();
    }

    private static Object layer(ComputationGraphConfiguration conf, String vertex) {
        return ((org.deeplearning4j.nn.conf.graph.LayerVertex) conf.getVertices().get(vertex)).getLayerConf()
                .getLayer();
    }

    private static ComputationGraph init(CompiledGraph c) {
        ComputationGraph net = new ComputationGraph(c.configuration());
        net.init();
        return net;
    }
}
