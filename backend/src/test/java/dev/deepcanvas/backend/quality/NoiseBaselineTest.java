package dev.deepcanvas.backend.quality;

import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.activations.Activation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The noise baseline with hand-made judges whose answer does not depend on the picture: all weights zero, so the
 * output biases alone set the probabilities.
 */
class NoiseBaselineTest {

    private static final int SIDE = 4;
    /** Two 1×4×4 "real" pictures with values in [0.2, 0.6], of classes 0 and 1. */
    private final NonExamplePictures format = new NonExamplePictures(evenlySpread(0.2f, 0.6f),
            Nd4j.createFromArray(new float[][]{{1, 0}, {0, 1}}));

    @Test
    void aJudgeSureOfClassZeroWhateverItSeesAcceptsAllNoise() {
        assertThat(NoiseBaseline.of(Judge.plain(constantJudge(10, 0)), format)).isEqualTo(1.0);
    }

    @Test
    void aJudgeThatIsNeverSureAcceptsNoNoise() {
        // p = 0.5 for both classes: below 0.9.
        assertThat(NoiseBaseline.of(Judge.plain(constantJudge(0, 0)), format)).isEqualTo(0.0);
    }

    @Test
    void aConfidentAnswerOfTheNoneClassIsARejection() {
        ComputationGraph sureOfClassOne = constantJudge(0, 10);
        assertThat(NoiseBaseline.of(new Judge(sureOfClassOne, 1), format)).isEqualTo(0.0);
        assertThat(NoiseBaseline.of(new Judge(sureOfClassOne, 0), format)).isEqualTo(1.0);
    }

    @Test
    void theNoiseHasTheRealPicturesShapeAndRangeAndDependsOnlyOnTheSeed() {
        INDArray noise = format.uniformNoise(GanJudge.SAMPLES, NoiseBaseline.SEED);
        assertThat(noise.shape()).containsExactly(GanJudge.SAMPLES, 1, SIDE, SIDE);
        assertThat(noise.minNumber().doubleValue()).isGreaterThanOrEqualTo(0.2).isLessThan(0.21);
        assertThat(noise.maxNumber().doubleValue()).isLessThanOrEqualTo(0.6).isGreaterThan(0.59);
        assertThat(noise.meanNumber().doubleValue()).isCloseTo(0.4, org.assertj.core.data.Offset.offset(0.01));
        assertThat(format.uniformNoise(GanJudge.SAMPLES, NoiseBaseline.SEED)).isEqualTo(noise);
    }

    private static INDArray evenlySpread(float low, float high) {
        float[] values = new float[2 * SIDE * SIDE];
        for (int i = 0; i < values.length; i++) {
            values[i] = low + (high - low) * i / (values.length - 1);
        }
        return Nd4j.create(values, new long[]{2, 1, SIDE, SIDE}, DataType.FLOAT);
    }

    /** A two-class softmax over 1×4×4 pictures that ignores them: its probabilities come from the two biases. */
    private static ComputationGraph constantJudge(double biasOfZero, double biasOfOne) {
        ComputationGraph net = new ComputationGraph(new NeuralNetConfiguration.Builder().graphBuilder()
                .addInputs("pixels")
                .setInputTypes(InputType.convolutional(SIDE, SIDE, 1))
                .addLayer("class", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(2)
                        .activation(Activation.SOFTMAX).build(), "pixels")
                .setOutputs("class")
                .build());
        net.init();
        net.getLayer("class").setParam("W", Nd4j.zeros(DataType.FLOAT, SIDE * SIDE, 2));
        net.getLayer("class").setParam("b", Nd4j.createFromArray(new float[][]{{(float) biasOfZero,
                (float) biasOfOne}}));
        return net;
    }
}
