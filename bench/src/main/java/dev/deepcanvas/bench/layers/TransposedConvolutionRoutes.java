package dev.deepcanvas.bench.layers;

import dev.deepcanvas.graph.dl4j.NativeBackend;
import dev.deepcanvas.templates.TemplateCatalog;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.api.ops.DynamicCustomOp;
import org.nd4j.linalg.api.ops.impl.broadcast.BiasAdd;
import org.nd4j.linalg.api.ops.impl.broadcast.BroadcastAddOp;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Times the two ways libnd4j can compute a transposed convolution, for every transposed convolution of the gallery
 * (docs/performance.md, "Transposed convolutions through deconv2d after all"), on one native thread:
 * <ul>
 *   <li>the route through the convolution ops: forward as {@code conv2d_bp}'s input gradient (with a weight gradient
 *   computed and thrown away), backward as {@code conv2d} for the input gradient plus {@code conv2d_bp} for the
 *   weight gradient (with an input gradient thrown away);</li>
 *   <li>{@code deconv2d} and {@code deconv2d_bp} with the padding given explicitly, which oneDNN takes (it refuses
 *   Same mode), the route {@code TransposedConvolutionLayer} takes wherever Same mode pads evenly.</li>
 * </ul>
 * and the two ways to add the bias to the output: a broadcast along dimension 1 (DL4J's, which walks an NCHW array
 * channel-strided) and libnd4j's {@code biasadd}, which the layer uses.
 * Each cell is the median, and the range, of several repetitions of many calls; the last column says how far the
 * routes' results are apart. {@code bench/transposed-convolution.sh [repetitions] [calls]} prints the table.
 */
public final class TransposedConvolutionRoutes {

    private TransposedConvolutionRoutes() {
    }

    /** Microseconds per call of one way, over the repetitions. */
    record Timing(double[] micros) {
        String text() {
            double[] sorted = micros.clone();
            Arrays.sort(sorted);
            return String.format(Locale.ROOT, "%.2f ms (%.2f–%.2f)", sorted[sorted.length / 2] / 1e3,
                    sorted[0] / 1e3, sorted[sorted.length - 1] / 1e3);
        }
    }

    public static void main(String[] args) throws Exception {
        int repetitions = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        int calls = args.length > 1 ? Integer.parseInt(args[1]) : 50;
        NativeBackend.configure();
        Nd4j.create(1);
        NativeBackend.limitThreadsOfCallingThread(1);
        System.out.println("| layer | forward: conv2d_bp | forward: deconv2d | backward: conv2d + conv2d_bp "
                + "| backward: deconv2d_bp | bias: broadcast | bias: biasadd | largest difference (relative) |");
        System.out.println("|---|---|---|---|---|---|---|---|");
        for (TransposedConvolution layer : gallery()) {
            Routes routes = new Routes(layer, 1L);
            double difference = routes.largestRelativeDifference();
            Timing[] t = time(List.of(routes::forwardByConvolution, routes::forwardByDeconvolution,
                    routes::backwardByConvolution, routes::backwardByDeconvolution, routes::biasByBroadcast,
                    routes::biasByBiasAdd), repetitions, calls);
            System.out.printf(Locale.ROOT, "| %s | %s | %s | %s | %s | %s | %s | %.1e |%n", layer.describe(),
                    t[0].text(), t[1].text(), t[2].text(), t[3].text(), t[4].text(), t[5].text(), difference);
        }
    }

    static List<TransposedConvolution> gallery() {
        return TemplateCatalog.load().all().stream().flatMap(t -> TransposedConvolution.of(t).stream()).toList();
    }

    /** The ways in rotation, so that drift in the machine's speed falls on all of them alike. */
    private static Timing[] time(List<Runnable> ways, int repetitions, int calls) {
        double[][] micros = new double[ways.size()][repetitions];
        for (Runnable way : ways) {
            way.run();
        }
        for (int r = 0; r < repetitions; r++) {
            for (int w = 0; w < ways.size(); w++) {
                long start = System.nanoTime();
                for (int i = 0; i < calls; i++) {
                    ways.get(w).run();
                }
                micros[w][r] = (System.nanoTime() - start) / 1e3 / calls;
            }
        }
        return Arrays.stream(micros).map(Timing::new).toArray(Timing[]::new);
    }

    /** One layer's arrays and both routes' calls on them. */
    static final class Routes {
        private final TransposedConvolution layer;
        private final INDArray input;
        /**
         * DL4J's [in channels, out channels, kH, kW] weights seen in libnd4j's layout for both ops, [kH, kW, out
         * channels, in channels], as the layer hands them over: a permuted view, not a copy.
         */
        private final INDArray weights;
        private final INDArray gradient;
        private final INDArray bias;
        final INDArray forwardA;
        final INDArray forwardB;
        final INDArray inputGradientA;
        final INDArray weightGradientA;
        final INDArray inputGradientB;
        final INDArray weightGradientB;
        private final INDArray discardedImage;
        private final INDArray discardedWeights;

        Routes(TransposedConvolution layer, long seed) {
            this.layer = layer;
            Nd4j.getRandom().setSeed(seed);
            int n = layer.batch();
            int k = layer.kernel();
            input = Nd4j.rand(DataType.FLOAT, n, layer.inChannels(), layer.inSize(), layer.inSize());
            weights = Nd4j.rand(DataType.FLOAT, layer.inChannels(), layer.outChannels(), k, k).subi(0.5)
                    .permute(2, 3, 1, 0);
            gradient = Nd4j.rand(DataType.FLOAT, n, layer.outChannels(), layer.outSize(), layer.outSize());
            bias = Nd4j.rand(DataType.FLOAT, layer.outChannels());
            forwardA = output();
            forwardB = output();
            discardedImage = output();
            discardedWeights = Nd4j.create(DataType.FLOAT, k, k, layer.outChannels(), layer.inChannels());
            inputGradientA = Nd4j.create(DataType.FLOAT, n, layer.inChannels(), layer.inSize(), layer.inSize());
            inputGradientB = inputGradientA.ulike();
            weightGradientA = discardedWeights.ulike();
            weightGradientB = discardedWeights.ulike();
        }

        private INDArray output() {
            return Nd4j.create(DataType.FLOAT, layer.batch(), layer.outChannels(), layer.outSize(), layer.outSize());
        }

        /** kH, kW, sH, sW, pH, pW, dH, dW, explicit padding, NCHW. */
        private int[] arguments() {
            int k = layer.kernel();
            int s = layer.stride();
            int p = layer.padding();
            return new int[]{k, k, s, s, p, p, 1, 1, 0, 0};
        }

        void forwardByConvolution() {
            // the transposed convolution is the input gradient of the convolution from its output to its input
            Nd4j.exec(DynamicCustomOp.builder("conv2d_bp").addInputs(discardedImage, weights, input)
                    .addIntegerArguments(arguments()).addOutputs(forwardA, discardedWeights).build());
        }

        void forwardByDeconvolution() {
            Nd4j.exec(DynamicCustomOp.builder("deconv2d").addInputs(input, weights)
                    .addIntegerArguments(arguments()).addOutputs(forwardB).build());
        }

        void backwardByConvolution() {
            Nd4j.exec(DynamicCustomOp.builder("conv2d").addInputs(gradient, weights)
                    .addIntegerArguments(arguments()).addOutputs(inputGradientA).build());
            Nd4j.exec(DynamicCustomOp.builder("conv2d_bp").addInputs(gradient, weights, input)
                    .addIntegerArguments(arguments()).addOutputs(discardedImage, weightGradientA).build());
        }

        void backwardByDeconvolution() {
            Nd4j.exec(DynamicCustomOp.builder("deconv2d_bp").addInputs(input, weights, gradient)
                    .addIntegerArguments(arguments()).addOutputs(inputGradientB, weightGradientB).build());
        }

        /** Adds the bias in place to the first route's output. */
        void biasByBroadcast() {
            Nd4j.exec(new BroadcastAddOp(forwardA, bias, forwardA, 1));
        }

        /** Adds the bias in place to the second route's output (NCHW). */
        void biasByBiasAdd() {
            Nd4j.exec(new BiasAdd(forwardB, bias, forwardB, true));
        }

        /**
         * Runs every way once and returns the largest difference of the three results, relative to their size, and
         * of the outputs after adding the bias each way.
         */
        double largestRelativeDifference() {
            forwardByConvolution();
            forwardByDeconvolution();
            backwardByConvolution();
            backwardByDeconvolution();
            double routes = Math.max(relative(forwardA, forwardB), Math.max(relative(inputGradientA, inputGradientB),
                    relative(weightGradientA, weightGradientB)));
            biasByBroadcast();
            biasByBiasAdd();
            return Math.max(routes, relative(forwardA, forwardB));
        }

        private static double relative(INDArray a, INDArray b) {
            return a.sub(b).amaxNumber().doubleValue() / Math.max(a.amaxNumber().doubleValue(), Double.MIN_VALUE);
        }
    }
}
