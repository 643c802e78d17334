package dev.deepcanvas.bench.gan;

import dev.deepcanvas.graph.dl4j.NativeBackend;
import dev.deepcanvas.templates.Template;
import dev.deepcanvas.templates.TemplateCatalog;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Times one GAN training step of each GAN template ({@link GanStepTiming}): on DL4J's networks as the compiler builds
 * them, and as DeepCanvas's GAN trainer prepares and steps them on every core and on one core, in rotating rounds so
 * that drift in the machine's speed falls on all three. {@code bench/performance.sh} prints these beside PyTorch's;
 * {@code bench/gan-step.sh [rounds] [steps per round]} prints them alone (default 3 rounds of 30 steps).
 */
public final class GanStepBench {

    private GanStepBench() {
    }

    /** One template's step times in milliseconds (medians over the rounds) and how the prepared step used the cores. */
    public record Row(String template, int batch, double plainMs, double deepCanvasMs, String how,
                      double deepCanvasOneCoreMs) {
    }

    public static void main(String[] args) throws Exception {
        int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 3;
        int steps = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        NativeBackend.configure();
        Nd4j.create(1);
        System.out.println("| template | batch | DL4J as compiled | DeepCanvas | how | DeepCanvas, 1 core |");
        System.out.println("|---|---|---|---|---|---|");
        for (Row row : measure(rounds, steps)) {
            System.out.printf(Locale.ROOT, "| %s | %d | %.1f ms | %.1f ms | %s | %.1f ms |%n", row.template(),
                    row.batch(), row.plainMs(), row.deepCanvasMs(), row.how(), row.deepCanvasOneCoreMs());
        }
    }

    public static List<Row> measure(int rounds, int steps) throws Exception {
        int cores = Runtime.getRuntime().availableProcessors();
        List<Row> rows = new ArrayList<>();
        for (Template template : TemplateCatalog.load().all()) {
            if (template.judgeId() == null) {
                continue;
            }
            try (GanStepTiming plain = new GanStepTiming(template, 0);
                 GanStepTiming fast = new GanStepTiming(template, cores);
                 GanStepTiming oneCore = new GanStepTiming(template, 1)) {
                List<GanStepTiming> all = List.of(plain, fast, oneCore);
                List<List<Double>> times = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
                for (GanStepTiming timing : all) {
                    timing.time(3);
                    // the trainer's first steps time one core against every core: only the chosen way is timed
                    timing.settle();
                }
                for (int round = 0; round < rounds; round++) {
                    for (int i = 0; i < all.size(); i++) {
                        int which = (i + round) % all.size();
                        times.get(which).add(all.get(which).time(steps));
                    }
                }
                rows.add(new Row(template.id(), fast.batch(), median(times.get(0)), median(times.get(1)),
                        fast.describe(), median(times.get(2))));
            }
        }
        return rows;
    }

    private static double median(List<Double> values) {
        double[] sorted = values.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        return sorted.length % 2 == 1 ? sorted[sorted.length / 2]
                : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
    }
}
