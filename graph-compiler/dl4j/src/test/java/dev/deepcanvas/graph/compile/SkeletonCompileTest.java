package dev.deepcanvas.graph.compile;

import dev.deepcanvas.graph.analysis.GraphAnalyzer;
import dev.deepcanvas.graph.analysis.ProblemCode;
import dev.deepcanvas.graph.compile.testing.NativeBackendConfigured;
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
import org.junit.jupiter.api.extension.ExtendWith;
import org.nd4j.evaluation.classification.Evaluation;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.Sgd;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ExtendWith(NativeBackendConfigured.class)
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
    void learnsIrisWithHeldOutAccuracyOfAtLeast95Percent() throws Exception {
        // Fisher's Iris (150 rows); every fifth row is held out, so each class has 10 test rows.
        List<String> lines = new String(getClass().getResourceAsStream("/iris.csv").readAllBytes(),
                StandardCharsets.UTF_8).lines().skip(1).filter(l -> !l.isBlank()).toList();
        List<String> species = List.of("setosa", "versicolor", "virginica");
        int n = lines.size();
        int test = n / 5;
        INDArray trainX = Nd4j.zeros(n - test, 4);
        INDArray trainY = Nd4j.zeros(n - test, 3);
        INDArray testX = Nd4j.zeros(test, 4);
        INDArray testY = Nd4j.zeros(test, 3);
        int tr = 0;
        int te = 0;
        for (int i = 0; i < n; i++) {
            String[] f = lines.get(i).split(",");
            boolean held = i % 5 == 0;
            INDArray x = held ? testX : trainX;
            INDArray y = held ? testY : trainY;
            int row = held ? te++ : tr++;
            for (int k = 0; k < 4; k++) {
                x.putScalar(row, k, Double.parseDouble(f[k]));
            }
            y.putScalar(row, species.indexOf(f[4].trim()), 1.0);
        }
        // Standardise with the training statistics only.
        INDArray mean = trainX.mean(0);
        INDArray std = trainX.std(0);
        trainX.subiRowVector(mean).diviRowVector(std);
        testX.subiRowVector(mean).diviRowVector(std);

        ComputationGraph net = new ComputationGraph(compiler.compile(G.skeleton()).configuration());
        net.init();
        DataSet train = new DataSet(trainX, trainY);
        // 60 epochs of 40-row batches (180 updates): seconds even on a busy 2-core machine.
        for (int epoch = 0; epoch < 60; epoch++) {
            for (DataSet batch : train.batchBy(40)) {
                net.fit(batch);
            }
        }
        Evaluation eval = new Evaluation(3);
        eval.eval(testY, net.outputSingle(testX));
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
