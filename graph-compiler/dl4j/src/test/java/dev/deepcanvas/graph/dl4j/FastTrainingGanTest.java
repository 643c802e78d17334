package dev.deepcanvas.graph.dl4j;

import dev.deepcanvas.graph.compile.CompiledGan;
import dev.deepcanvas.graph.compile.CompiledGraph;
import dev.deepcanvas.graph.compile.GraphCompiler;
import dev.deepcanvas.graph.compile.testing.NativeBackendConfigured;
import dev.deepcanvas.graph.testing.Samples;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.assertj.core.api.Assertions.assertThat;

/** The GAN trainer's rounds (discriminator step, copy, generator step through frozen D, copy) stay DL4J's. */
@ExtendWith(NativeBackendConfigured.class)
class FastTrainingGanTest {

    @Test
    void aConvolutionalGanTrainsAsWithPlainDl4j() throws Exception {
        CompiledGan gan = new GraphCompiler().compileGan(Samples.gan());
        Networks plain = new Networks(gan, false);
        Networks fast = new Networks(gan, true);
        fast.setParams(plain);
        for (int round = 0; round < 5; round++) {
            Nd4j.getRandom().setSeed(round);
            INDArray noise = Nd4j.randn(4, 8);
            INDArray real = Nd4j.rand(4, 1, 6, 6);
            INDArray generatorNoise = Nd4j.randn(4, 8);
            plain.round(gan, noise, real, generatorNoise);
            fast.round(gan, noise, real, generatorNoise);
        }
        assertThat(relativeDifference(fast.d.params(), plain.d.params())).isLessThan(1e-3);
        assertThat(relativeDifference(fast.gd.params(), plain.gd.params())).isLessThan(1e-3);
        assertThat(relativeDifference(fast.g.params(), plain.g.params())).isLessThan(1e-3);
    }

    private static final class Networks {
        final ComputationGraph g;
        final ComputationGraph d;
        final ComputationGraph gd;

        Networks(CompiledGan gan, boolean fast) {
            g = init(gan.generator());
            d = fast ? FastTraining.prepare(init(gan.discriminator())) : init(gan.discriminator());
            gd = fast ? FastTraining.prepare(init(gan.combined())) : init(gan.combined());
        }

        void setParams(Networks other) {
            g.setParams(other.g.params().dup());
            d.setParams(other.d.params().dup());
            gd.setParams(other.gd.params().dup());
        }

        void round(CompiledGan gan, INDArray noise, INDArray real, INDArray generatorNoise) {
            CompiledGan.apply(gan.afterGeneratorStep(), g, d, gd);
            INDArray fake = g.outputSingle(true, noise.dup());
            d.fit(new INDArray[] {Nd4j.concat(0, real.dup(), fake)},
                    new INDArray[] {Nd4j.vstack(Nd4j.ones(4, 1), Nd4j.zeros(4, 1))});
            CompiledGan.apply(gan.beforeGeneratorStep(), g, d, gd);
            gd.fit(new INDArray[] {generatorNoise.dup()}, new INDArray[] {Nd4j.ones(4, 1)});
        }

        private static ComputationGraph init(CompiledGraph compiled) {
            ComputationGraph net = new ComputationGraph(compiled.configuration().clone());
            net.init();
            return net;
        }
    }

    private static double relativeDifference(INDArray actual, INDArray expected) {
        double scale = Math.max(expected.norm2Number().doubleValue(), 1e-12);
        return actual.sub(expected).norm2Number().doubleValue() / scale;
    }
}
