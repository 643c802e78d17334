package dev.deepcanvas.bench.gan;

import dev.deepcanvas.graph.analysis.GraphAnalyzer;
import dev.deepcanvas.graph.compile.CompiledGan;
import dev.deepcanvas.graph.compile.GraphCompiler;
import dev.deepcanvas.graph.dl4j.FastTraining;
import dev.deepcanvas.graph.dl4j.NativeBackend;
import dev.deepcanvas.graph.dl4j.TransposedConvolution;
import dev.deepcanvas.templates.Template;
import dev.deepcanvas.templates.TemplateCatalog;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times one GAN training step (a generated batch, a discriminator step on real and generated pictures, a generator
 * step through the frozen discriminator, and the parameter copies) of each GAN template, on DL4J's networks as the
 * compiler builds them and on the same networks prepared as the GAN trainer prepares them. The two are timed in
 * alternating rounds (plain first in odd rounds) so that drift shows as the spread of the per-round ratios.
 * The pictures are random: the time of a step does not depend on what they show.
 * Usage: {@code bench/gan-step.sh [rounds] [steps per round]} (default 3 rounds of 30 steps).
 */
public final class GanStepBench {

    private GanStepBench() {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        NativeBackend.configure();
        Nd4j.create(1);
        NativeBackend.limitThreadsOfCallingThread();
        System.out.println("| template | batch | DL4J ms/step | DeepCanvas ms/step | speed-up (range over rounds) |");
        System.out.println("|---|---|---|---|---|");
        for (Template template : TemplateCatalog.load().all()) {
            if (template.judgeId() == null) {
                continue;
            }
            CompiledGan gan = new GraphCompiler().compileGan(template.document());
            int batch = template.document().training().batchSize();
            // the noise length as the GAN trainer's planner takes it: the shape inferred for the NoiseInput node
            int noise = (int) new GraphAnalyzer().analyze(template.document()).shapeOf(gan.blocks().noiseInput())
                    .size();
            Step plain = new Step(gan, batch, noise, false);
            Step fast = new Step(gan, batch, noise, true);
            plain.time(3);
            fast.time(3);
            List<Double> plainMs = new ArrayList<>();
            List<Double> fastMs = new ArrayList<>();
            for (int round = 0; round < rounds; round++) {
                if (round % 2 == 0) {
                    plainMs.add(plain.time(steps));
                    fastMs.add(fast.time(steps));
                } else {
                    fastMs.add(fast.time(steps));
                    plainMs.add(plain.time(steps));
                }
            }
            double[] ratios = new double[rounds];
            for (int i = 0; i < rounds; i++) {
                ratios[i] = plainMs.get(i) / fastMs.get(i);
            }
            Arrays.sort(ratios);
            System.out.printf(Locale.ROOT, "| %s | %d | %.0f | %.0f | %.2f× (%.2f–%.2f) |%n", template.id(), batch,
                    median(plainMs), median(fastMs), ratios[rounds / 2], ratios[0], ratios[rounds - 1]);
        }
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted[sorted.length / 2];
    }

    /** The three networks of one GAN and a step on them, as GanTrainingJob takes it. */
    private static final class Step {
        private final CompiledGan gan;
        private final ComputationGraph generator;
        private final ComputationGraph discriminator;
        private final ComputationGraph combined;
        private final int batch;
        private final int noise;
        private final INDArray real;

        Step(CompiledGan gan, int batch, int noise, boolean prepared) {
            this.gan = gan;
            this.batch = batch;
            this.noise = noise;
            generator = init(gan.generator().configuration());
            discriminator = init(gan.discriminator().configuration());
            combined = init(gan.combined().configuration());
            if (prepared) {
                TransposedConvolution.install(generator);
                FastTraining.prepare(discriminator);
                FastTraining.prepare(combined);
            }
            INDArray sample = generator.outputSingle(false, Nd4j.randn(DataType.FLOAT, 1, noise));
            long[] shape = sample.shape().clone();
            shape[0] = batch;
            real = Nd4j.rand(DataType.FLOAT, shape);
        }

        double time(int steps) {
            long start = System.nanoTime();
            for (int i = 0; i < steps; i++) {
                INDArray fake = generator.outputSingle(true, Nd4j.randn(DataType.FLOAT, batch, noise));
                discriminator.fit(new DataSet(Nd4j.concat(0, real, fake), Nd4j.concat(0,
                        Nd4j.ones(DataType.FLOAT, batch, 1), Nd4j.zeros(DataType.FLOAT, batch, 1))));
                CompiledGan.apply(gan.beforeGeneratorStep(), generator, discriminator, combined);
                combined.fit(new DataSet(Nd4j.randn(DataType.FLOAT, batch, noise), Nd4j.ones(DataType.FLOAT,
                        batch, 1)));
                CompiledGan.apply(gan.afterGeneratorStep(), generator, discriminator, combined);
            }
            return (System.nanoTime() - start) / 1e6 / steps;
        }

        private static ComputationGraph init(ComputationGraphConfiguration configuration) {
            ComputationGraph net = new ComputationGraph(configuration.clone());
            net.init();
            return net;
        }
    }
}
