package dev.deepcanvas.graph.compile;

import dev.deepcanvas.graph.analysis.GraphAnalyzer;
import dev.deepcanvas.graph.analysis.ProblemCode;
import dev.deepcanvas.graph.document.TrainingSettings;
import dev.deepcanvas.graph.testing.G;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.graph.LayerVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.DenseLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.Test;
import org.nd4j.evaluation.classification.Evaluation;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SkeletonCompileTest {

    private final GraphCompiler compiler = new GraphCompiler();

    @Test
    void compilesToTheHandWrittenConfiguration() throws Exception {
        CompiledGraph compiled = compiler.compile(G.skeleton());
        ComputationGraphConfiguration expected = new NeuralNetConfiguration.Builder()
                .seed(42)
                .updater(new Adam(0.01))
                .weightInit(WeightInit.XAVIER)
                .graphBuilder()
                .addInputs("in")
                .addLayer("hidden", new DenseLayer.Builder().nOut(16).activation(Activation.RELU).build(), "in")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(3)
                        .activation(Activation.SOFTMAX).build(), "hidden")
                .setInputTypes(InputType.feedForward(4))
                .setOutputs("out")
                .build();
        assertThat(compiled.configuration().toJson()).isEqualTo(expected.toJson());
        assertThat(compiled.configuration()).isEqualTo(expected);
        assertThat(compiled.inputNames()).containsExactly("in");
        assertThat(compiled.outputNames()).containsExactly("out");
        assertThat(compiled.training()).isEqualTo(TrainingSettings.defaults());
    }

    @Test
    void parameterCountMatchesDl4j() throws Exception {
        CompiledGraph compiled = compiler.compile(G.skeleton());
        ComputationGraph net = new ComputationGraph(compiled.configuration());
        net.init();
        assertThat(net.numParams()).isEqualTo(new GraphAnalyzer().analyze(G.skeleton()).totalParams())
                .isEqualTo(131);
        assertThat(net.getLayer("hidden").numParams()).isEqualTo(80);
    }

    @Test
    void trainingSettingsReachTheConfiguration() throws Exception {
        CompiledGraph compiled = compiler.compile(G.skeleton().withTraining(
                TrainingSettings.defaults().withOptimizer("sgd").withLearningRate(0.2).withL2(1e-3).withSeed(9)
                        .withWeightInit("relu")));
        ComputationGraphConfiguration conf = compiled.configuration();
        DenseLayer hidden = (DenseLayer) ((LayerVertex) conf.getVertices().get("hidden")).getLayerConf().getLayer();
        assertThat(hidden.getIUpdater()).isEqualTo(new Sgd(0.2));
        assertThat(conf.getDefaultConfiguration().getSeed()).isEqualTo(9);
        assertThat(hidden.getWeightInitFn()).isEqualTo(WeightInit.RELU.getWeightInitFunction());
        assertThat(hidden.getRegularization()).isNotEmpty();
    }

    @Test
    void oneFitStepOnRandomDataChangesTheParameters() throws Exception {
        ComputationGraph net = new ComputationGraph(compiler.compile(G.skeleton()).configuration());
        net.init();
        INDArray before = net.params().dup();
        INDArray features = Nd4j.rand(8, 4);
        INDArray labels = Nd4j.zeros(8, 3);
        for (int i = 0; i < 8; i++) {
            labels.putScalar(i, i % 3, 1.0);
        }
        net.fit(new DataSet(features, labels));
        assertThat(net.params()).isNotEqualTo(before);
        assertThat(Double.isFinite(net.score())).isTrue();
    }

    @Test
    void learnsAThreeClassTabularProblem() throws Exception {
        // Iris-like: three well-separated clusters in 4 dimensions.
        Random rnd = new Random(1);
        int n = 150;
        INDArray x = Nd4j.zeros(n, 4);
        INDArray y = Nd4j.zeros(n, 3);
        for (int i = 0; i < n; i++) {
            int c = i % 3;
            for (int f = 0; f < 4; f++) {
                x.putScalar(i, f, c * 1.5 + (f % 2 == 0 ? 0.3 : -0.2) * c + rnd.nextGaussian() * 0.4);
            }
            y.putScalar(i, c, 1.0);
        }
        ComputationGraph net = new ComputationGraph(compiler.compile(G.skeleton()).configuration());
        net.init();
        DataSet all = new DataSet(x, y);
        for (int epoch = 0; epoch < 60; epoch++) {
            net.fit(all);
        }
        Evaluation eval = new Evaluation(3);
        eval.eval(y, net.outputSingle(x));
        assertThat(eval.accuracy()).isGreaterThanOrEqualTo(0.95);
    }

    @Test
    void refusesAnInvalidGraphWithItsProblems() {
        assertThatThrownBy(() -> compiler.compile(G.graph().node("in", "Input").node("d", "Dense", "units", -1)
                .node("out", "Output").chain("in", "d", "out").doc()))
                .isInstanceOfSatisfying(InvalidGraphException.class, e -> {
                    assertThat(e.problems()).anySatisfy(p -> {
                        assertThat(p.code()).isEqualTo(ProblemCode.BAD_PARAM);
                        assertThat(p.nodeId()).isEqualTo("d");
                    });
                    assertThat(e.getMessage()).contains("BAD_PARAM").contains("units");
                });
    }

    @Test
    void refusesATooLargeGraphBeforeAllocating() {
        long start = System.nanoTime();
        assertThatThrownBy(() -> compiler.compile(G.graph().node("in", "Input", "size", 100_000)
                .node("d", "Dense", "units", 1_000_000_000).node("out", "Output").chain("in", "d", "out").doc()))
                .isInstanceOfSatisfying(InvalidGraphException.class, e ->
                        assertThat(e.problems()).anySatisfy(p -> assertThat(p.code()).isEqualTo(ProblemCode.TOO_LARGE)));
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(1.0);
    }
}
