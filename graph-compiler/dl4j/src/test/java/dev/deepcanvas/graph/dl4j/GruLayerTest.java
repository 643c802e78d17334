package dev.deepcanvas.graph.dl4j;

import dev.deepcanvas.graph.compile.testing.DoublePrecision;
import dev.deepcanvas.graph.compile.testing.NativeBackendConfigured;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.conf.layers.RnnOutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.weights.WeightInit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.autodiff.samediff.SDVariable;
import org.nd4j.autodiff.samediff.SameDiff;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import static org.assertj.core.api.Assertions.assertThat;

/** The hand-written GRU: gradients match finite differences, and the forward pass matches the GRU equations. */
@ExtendWith({NativeBackendConfigured.class, DoublePrecision.class})
class GruLayerTest {

    private static ComputationGraph net(boolean returnSequences, int nIn, int units, int steps, int classes) {
        ComputationGraphConfiguration.GraphBuilder b = new NeuralNetConfiguration.Builder()
                .dataType(DataType.DOUBLE)
                .seed(12345)
                .updater(new Adam(0.05))
                .weightInit(WeightInit.XAVIER)
                .graphBuilder()
                .addInputs("in")
                .addLayer("gru", new GruLayer(units, steps, returnSequences), "in");
        if (returnSequences) {
            b.addLayer("out", new RnnOutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(classes)
                    .activation(Activation.SOFTMAX).build(), "gru");
        } else {
            b.addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(classes)
                    .activation(Activation.SOFTMAX).build(), "gru");
        }
        ComputationGraph net = new ComputationGraph(b.setInputTypes(InputType.recurrent(nIn, steps))
                .setOutputs("out").build());
        net.init();
        return net;
    }

    private static INDArray oneHot(long[] shape) {
        INDArray y = Nd4j.zeros(DataType.DOUBLE, shape);
        for (int b = 0; b < shape[0]; b++) {
            if (shape.length == 3) {
                for (int t = 0; t < shape[2]; t++) {
                    y.putScalar(new long[] {b, (b + t) % shape[1], t}, 1.0);
                }
            } else {
                y.putScalar(new long[] {b, b % shape[1]}, 1.0);
            }
        }
        return y;
    }

    /**
     * Gradient check of the layer's own graph: SameDiff's analytic gradients of a random linear functional of the
     * output against central finite differences, for every weight, recurrent weight and bias.
     * (Checked at the SameDiff level: DL4J 1.0.0-M2.1's bridge doubles every SameDiff layer's gradients, which
     * {@code ExactSameDiffGradientsTest} checks DeepCanvas undoes.)
     */
    @ParameterizedTest(name = "returnSequences={0}")
    @ValueSource(booleans = {true, false})
    void gradientsMatchFiniteDifferences(boolean returnSequences) {
        int nIn = 2;
        int u = 3;
        int steps = 4;
        Nd4j.getRandom().setSeed(11);
        SameDiff sd = SameDiff.create();
        SDVariable in = sd.placeHolder("in", DataType.DOUBLE, -1, nIn, steps);
        Map<String, SDVariable> params = new LinkedHashMap<>();
        params.put(GruLayer.INPUT_WEIGHTS, sd.var("W", Nd4j.rand(DataType.DOUBLE, nIn, 3 * u).subi(0.5)));
        params.put(GruLayer.RECURRENT_WEIGHTS, sd.var("U", Nd4j.rand(DataType.DOUBLE, u, 3 * u).subi(0.5)));
        params.put(GruLayer.BIAS, sd.var("b", Nd4j.rand(DataType.DOUBLE, 1, 3 * u).subi(0.5)));
        SDVariable out = new GruLayer(u, steps, returnSequences).defineLayerFor(nIn, sd, in, params);
        long[] outShape = returnSequences ? new long[] {2, u, steps} : new long[] {2, u};
        SDVariable weights = sd.constant("r", Nd4j.rand(DataType.DOUBLE, outShape).subi(0.5));
        SDVariable loss = out.mul(weights).sum();
        loss.markAsLoss();
        INDArray x = Nd4j.rand(DataType.DOUBLE, 2, nIn, steps).subi(0.5);
        Map<String, INDArray> grads = sd.calculateGradients(Map.of("in", x), "W", "U", "b");
        double eps = 1e-6;
        for (String name : List.of("W", "U", "b")) {
            INDArray p = sd.getVariable(name).getArr();
            for (long i = 0; i < p.length(); i++) {
                double orig = p.getDouble(i);
                p.putScalar(i, orig + eps);
                double plus = sd.output(Map.of("in", x), loss.name()).get(loss.name()).getDouble(0);
                p.putScalar(i, orig - eps);
                double minus = sd.output(Map.of("in", x), loss.name()).get(loss.name()).getDouble(0);
                p.putScalar(i, orig);
                double numeric = (plus - minus) / (2 * eps);
                assertThat(grads.get(name).getDouble(i)).as("d loss / d %s[%d]", name, i)
                        .isCloseTo(numeric, org.assertj.core.data.Offset.offset(1e-6 + 1e-5 * Math.abs(numeric)));
            }
        }
    }

    @Test
    void trainsThroughDl4j() {
        ComputationGraph net = net(false, 2, 3, 4, 3);
        assertThat(net.params().length()).isEqualTo(3L * 3 * (2 + 3 + 1) + 3 * 3 + 3);
        INDArray x = Nd4j.rand(DataType.DOUBLE, 6, 2, 4).subi(0.5);
        INDArray y = oneHot(new long[] {6, 3});
        net.setInputs(x);
        net.setLabels(y);
        net.computeGradientAndScore();
        double before = net.score();
        for (int i = 0; i < 10; i++) {
            net.fit(new INDArray[] {x}, new INDArray[] {y});
        }
        assertThat(net.score()).isLessThan(before);
    }

    @Test
    void forwardPassFollowsTheGruEquations() {
        int nIn = 2;
        int u = 3;
        int steps = 4;
        ComputationGraph net = net(true, nIn, u, steps, 2);
        // Non-zero biases so that the bias path is checked too.
        net.getParam("gru_b").assign(Nd4j.linspace(DataType.DOUBLE, -0.3, 0.4, 3 * u).reshape(1, 3 * u));
        INDArray w = net.getParam("gru_W");
        INDArray rw = net.getParam("gru_U");
        INDArray bias = net.getParam("gru_b");
        Nd4j.getRandom().setSeed(9);
        INDArray x = Nd4j.rand(DataType.DOUBLE, 1, nIn, steps).subi(0.5);
        INDArray actual = net.feedForward(new INDArray[] {x}, false).get("gru");

        double[] h = new double[u];
        for (int t = 0; t < steps; t++) {
            double[] z = new double[u];
            double[] r = new double[u];
            double[] n = new double[u];
            for (int j = 0; j < u; j++) {
                double az = bias.getDouble(0, j);
                double ar = bias.getDouble(0, u + j);
                for (int i = 0; i < nIn; i++) {
                    az += x.getDouble(0, i, t) * w.getDouble(i, j);
                    ar += x.getDouble(0, i, t) * w.getDouble(i, u + j);
                }
                for (int k = 0; k < u; k++) {
                    az += h[k] * rw.getDouble(k, j);
                    ar += h[k] * rw.getDouble(k, u + j);
                }
                z[j] = 1 / (1 + Math.exp(-az));
                r[j] = 1 / (1 + Math.exp(-ar));
            }
            for (int j = 0; j < u; j++) {
                double an = bias.getDouble(0, 2 * u + j);
                for (int i = 0; i < nIn; i++) {
                    an += x.getDouble(0, i, t) * w.getDouble(i, 2 * u + j);
                }
                for (int k = 0; k < u; k++) {
                    an += r[k] * h[k] * rw.getDouble(k, 2 * u + j);
                }
                n[j] = Math.tanh(an);
            }
            for (int j = 0; j < u; j++) {
                h[j] = (1 - z[j]) * n[j] + z[j] * h[j];
                assertThat(actual.getDouble(0, j, t)).as("h[%d] at t=%d", j, t).isCloseTo(h[j],
                        org.assertj.core.data.Offset.offset(1e-9));
            }
        }
    }

    @Test
    void configurationSurvivesJson() {
        ComputationGraphConfiguration conf = net(false, 2, 3, 4, 3).getConfiguration();
        assertThat(ComputationGraphConfiguration.fromJson(conf.toJson())).isEqualTo(conf);
    }
}
