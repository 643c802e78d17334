package dev.deepcanvas.bench.throughput;

import dev.deepcanvas.graph.compile.GraphCompiler;
import dev.deepcanvas.graph.dl4j.DataParallelFit;
import dev.deepcanvas.graph.dl4j.DataParallelism;
import dev.deepcanvas.graph.dl4j.FastTraining;
import dev.deepcanvas.graph.dl4j.NativeBackend;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * How a training run should spend several cores, measured per model on the networks DeepCanvas trains (compiled from
 * the bench documents, {@link FastTraining} applied): one native thread; N threads inside each operation (OpenMP,
 * OpenBLAS); N data-parallel parts of each batch ({@link DataParallelFit}), one thread each. The three are timed in
 * rotating order, round after round, in this one process. Besides samples per second it prints samples per
 * CPU-second of the whole process: on a machine shared with other work the first depends on the load, the second
 * much less, and their ratio between modes says how much extra work a mode costs (spinning OpenMP threads count as
 * work), which is what decides the mode on a quiet machine.
 * Usage: {@code bench/thread-scaling.sh [--models mlp,lenet,lstm,gru,resnet] [--threads 2] [--rounds 3]
 * [--steps 30]}.
 */
public final class ThreadScalingBench {

    private ThreadScalingBench() {
    }

    public static void main(String[] args) throws Exception {
        NativeBackend.configure();
        Map<String, String> options = options(args);
        int threads = Integer.parseInt(options.getOrDefault("threads",
                String.valueOf(Runtime.getRuntime().availableProcessors())));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "3"));
        int steps = Integer.parseInt(options.getOrDefault("steps", "30"));
        List<BenchModel> models = Arrays.stream(options.getOrDefault("models", "mlp,lenet,lstm,gru,resnet")
                .split(",")).map(id -> BenchModel.byId(id.strip())).toList();
        Nd4j.create(1);
        System.out.println("| model | mode | samples/s (per round) | samples per CPU-second (per round) | load |");
        System.out.println("|---|---|---|---|---|");
        for (BenchModel model : models) {
            List<Mode> modes = new ArrayList<>();
            modes.add(new Mode("1 thread", model, 1, 1));
            modes.add(new Mode(threads + " threads inside operations", model, threads, 1));
            if (DataParallelism.obstacle(network(model)).isEmpty()) {
                modes.add(new Mode(threads + " data-parallel parts", model, 1, threads));
            }
            for (Mode mode : modes) {
                mode.time(3);
            }
            for (int round = 0; round < rounds; round++) {
                for (int i = 0; i < modes.size(); i++) {
                    modes.get((i + round) % modes.size()).time(steps);
                }
            }
            for (Mode mode : modes) {
                System.out.println(mode.render());
                mode.close();
            }
        }
    }

    static ComputationGraph network(BenchModel model) throws Exception {
        Nd4j.getRandom().setSeed(42);
        ComputationGraph net = new ComputationGraph(new GraphCompiler().compile(model.document()).configuration());
        net.init();
        return FastTraining.prepare(net);
    }

    /** One way of training one model, with its measured rounds. */
    private static final class Mode implements AutoCloseable {
        private final String name;
        private final BenchModel model;
        private final int nativeThreads;
        private final ComputationGraph net;
        private final DataParallelFit parallel;
        private final List<MultiDataSet> batches = new ArrayList<>();
        private final List<Double> rates = new ArrayList<>();
        private final List<Double> perCpuSecond = new ArrayList<>();
        private final List<String> loads = new ArrayList<>();
        private int next;

        Mode(String name, BenchModel model, int nativeThreads, int parts) throws Exception {
            this.name = name;
            this.model = model;
            this.nativeThreads = nativeThreads;
            this.net = network(model);
            this.parallel = parts > 1 ? new DataParallelFit(net, parts) : null;
            DataSet all = SyntheticBatches.batch(model, model.batch() * 8, 7);
            for (int i = 0; i < 8; i++) {
                long from = (long) i * model.batch();
                var rows = NDArrayIndex.interval(from, from + model.batch());
                batches.add(new MultiDataSet(all.getFeatures().get(rows), all.getLabels().get(rows)));
            }
        }

        void time(int steps) {
            NativeBackend.limitThreadsOfCallingThread(nativeThreads);
            var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
            long cpuStart = os.getProcessCpuTime();
            long start = System.nanoTime();
            for (int i = 0; i < steps; i++) {
                MultiDataSet batch = batches.get(next++ % batches.size());
                if (parallel != null) {
                    parallel.fit(batch);
                } else {
                    net.fit(batch);
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            double cpuSeconds = (os.getProcessCpuTime() - cpuStart) / 1e9;
            if (steps >= 5) {
                rates.add(steps * (double) model.batch() / seconds);
                perCpuSecond.add(steps * (double) model.batch() / cpuSeconds);
                loads.add(String.format(Locale.ROOT, "%.1f", os.getSystemLoadAverage()));
            }
        }

        String render() {
            return "| " + model.id() + " | " + name + " | " + list(rates) + " | " + list(perCpuSecond) + " | "
                    + String.join(" ", loads) + " |";
        }

        private static String list(List<Double> values) {
            return String.format(Locale.ROOT, "%.0f (", Repetitions.median(values))
                    + String.join(" ", values.stream().map(v -> String.format(Locale.ROOT, "%.0f", v)).toList())
                    + ")";
        }

        @Override
        public void close() {
            if (parallel != null) {
                parallel.close();
            }
        }
    }

    private static Map<String, String> options(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i + 1 < args.length; i += 2) {
            if (!args[i].startsWith("--")) {
                throw new IllegalArgumentException("usage: [--models a,b] [--threads N] [--rounds N] [--steps N]");
            }
            options.put(args[i].substring(2), args[i + 1]);
        }
        return options;
    }
}
