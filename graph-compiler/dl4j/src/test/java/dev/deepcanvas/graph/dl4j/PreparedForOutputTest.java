package dev.deepcanvas.graph.dl4j;

import dev.deepcanvas.graph.compile.testing.NativeBackendConfigured;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.NeuralNetConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.ActivationLayer;
import org.deeplearning4j.nn.conf.layers.ConvolutionLayer;
import org.deeplearning4j.nn.conf.layers.OutputLayer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nd4j.linalg.activations.impl.ActivationLReLU;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.lossfunctions.LossFunctions;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A network prepared only to compute outputs (a GAN's sampling generator, the playground's model) runs its
 * convolutions' and activation layers' leaky ReLUs in Java, with DL4J's activations to the bit in both modes, and
 * its configuration left as built.
 */
@ExtendWith(NativeBackendConfigured.class)
class PreparedForOutputTest {

    @Test
    void convolutionsAndActivationLayersGiveDl4jsActivationsToTheBit() {
        Twins twins = Twins.of(network(), FastTraining::prepareForOutput);
        ComputationGraph prepared = twins.changed();
        assertThat(prepared.getLayer("conv")).isInstanceOf(FastConvolutionLayer.class);
        assertThat(prepared.getLayer("act")).isInstanceOf(FastActivationLayer.class);
        Nd4j.getRandom().setSeed(11);
        INDArray features = Nd4j.randn(DataType.FLOAT, 8, 2, 6, 6);
        for (boolean training : new boolean[] {true, false}) {
            Map<String, INDArray> actual = prepared.feedForward(features.dup(), training);
            Map<String, INDArray> expected = twins.plain().feedForward(features.dup(), training);
            for (String layer : new String[] {"conv", "act"}) {
                assertThat(actual.get(layer).data().asFloat()).as("%s, training %s", layer, training)
                        .containsExactly(expected.get(layer).data().asFloat());
            }
        }
        assertThat(prepared.getConfiguration().toJson()).as("the configuration as built")
                .isEqualTo(twins.plain().getConfiguration().toJson());
    }

    private static ComputationGraphConfiguration network() {
        return new NeuralNetConfiguration.Builder().seed(5).dataType(DataType.FLOAT).graphBuilder()
                .addInputs("in").setInputTypes(InputType.convolutional(6, 6, 2))
                .addLayer("conv", new ConvolutionLayer.Builder(3, 3).nOut(4).activation(new ActivationLReLU(0.2))
                        .build(), "in")
                .addLayer("act", new ActivationLayer.Builder().activation(new ActivationLReLU(0.1)).build(), "conv")
                .addLayer("out", new OutputLayer.Builder(LossFunctions.LossFunction.MCXENT).nOut(3).build(), "act")
                .setOutputs("out").build();
    }
}
