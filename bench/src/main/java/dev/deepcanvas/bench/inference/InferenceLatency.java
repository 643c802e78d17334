package dev.deepcanvas.bench.inference;

import dev.deepcanvas.backend.dataset.TensorSpec;
import dev.deepcanvas.graph.analysis.Analysis;
import dev.deepcanvas.graph.analysis.GraphAnalyzer;
import dev.deepcanvas.graph.compile.CompiledGraph;
import dev.deepcanvas.graph.compile.GraphCompiler;
import dev.deepcanvas.graph.dl4j.FastTraining;
import dev.deepcanvas.graph.dl4j.NativeBackend;
import dev.deepcanvas.templates.Template;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * How long a template's network takes to answer one input, as the playground asks it (the network's outputs) and as
 * the Inside view asks it (every layer's activations), on the network the playground loads
 * ({@link FastTraining#prepareForOutput}) and with one native thread, as the playground runs it. A GAN template
 * answers with its generator (one picture from noise). The weights are the untrained ones: time does not depend on
 * their values. Inputs are zeros of the input's shape (a valid token id, class and picture alike).
 */
public final class InferenceLatency {

    /** Calls before timing: the JIT, ND4J's op caches and oneDNN's kernels warm up. */
    private static final int WARM_UP = 30;
    private static final int TIMED = 200;

    private InferenceLatency() {
    }

    /** p50 and p90 of both kinds of call, in milliseconds. */
    public record Row(String template, String network, double outputP50, double outputP90, double insideP50,
                      double insideP90) {
    }

    public static Row measure(Template template) throws Exception {
        NativeBackend.limitThreadsOfCallingThread(1);
        boolean gan = template.judgeId() != null;
        GraphCompiler compiler = new GraphCompiler();
        CompiledGraph compiled = gan ? compiler.compileGan(template.document()).generator()
                : compiler.compile(template.document());
        ComputationGraph net = new ComputationGraph(compiled.configuration());
        net.init();
        FastTraining.prepareForOutput(net);
        INDArray[] inputs = inputs(template, compiled);
        List<Double> output = new ArrayList<>();
        List<Double> inside = new ArrayList<>();
        for (int i = 0; i < WARM_UP + TIMED; i++) {
            long start = System.nanoTime();
            net.output(false, inputs);
            long middle = System.nanoTime();
            net.feedForward(inputs, false);
            long end = System.nanoTime();
            if (i >= WARM_UP) {
                output.add((middle - start) / 1e6);
                inside.add((end - middle) / 1e6);
            }
        }
        return new Row(template.id(), gan ? "generator" : "network", percentile(output, 50), percentile(output, 90),
                percentile(inside, 50), percentile(inside, 90));
    }

    private static INDArray[] inputs(Template template, CompiledGraph compiled) {
        Analysis analysis = new GraphAnalyzer().analyze(template.document());
        INDArray[] inputs = new INDArray[compiled.inputNames().size()];
        for (int i = 0; i < inputs.length; i++) {
            long[] shape = TensorSpec.of("in", analysis.shapeOf(compiled.inputNames().get(i))).arrayShape(1);
            inputs[i] = Nd4j.zeros(DataType.FLOAT, shape);
        }
        return inputs;
    }

    public static double percentile(List<Double> values, int percent) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        int index = (int) Math.ceil(percent / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    static String shape(long[] shape) {
        return Arrays.toString(shape);
    }
}
