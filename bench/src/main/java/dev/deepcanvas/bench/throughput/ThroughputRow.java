package dev.deepcanvas.bench.throughput;

import java.util.Locale;

/**
 * One model's training throughput, side by side, in samples per second (NaN where a figure could not be taken):
 * (a) DeepCanvas through its training service on every core, and how it spread the steps; (a1) DeepCanvas's step on
 * one core; (b) hand-written DL4J; (c) PyTorch on every core and (c1) on one thread. a and b are medians over paired
 * rounds, a/b the median of the rounds' ratios and its range. a/c compares (a) with PyTorch at its best on the
 * machine, the faster of (c) and (c1): (a) itself chooses between every core and one thread, and on a small machine
 * PyTorch on one thread can beat PyTorch on all.
 *
 * @param flops floating-point work of one training sample ({@link ModelFlops})
 */
record ThroughputRow(BenchModel model, String how, double deepCanvas, double deepCanvasOneCore, double handWritten,
                     double pyTorch, double pyTorchOneThread, double aOverB, String aOverBRange, double flops) {

    static ThroughputRow of(BenchModel model, String how, PairedRounds rounds, double oneCore) {
        return new ThroughputRow(model, how, rounds.deepCanvas(), oneCore, rounds.handWritten(), Double.NaN,
                Double.NaN, rounds.ratio(), rounds.ratioRange(), ModelFlops.perTrainingSample(model));
    }

    ThroughputRow withPyTorch(double samplesPerSecond, double oneThread) {
        return new ThroughputRow(model, how, deepCanvas, deepCanvasOneCore, handWritten, samplesPerSecond, oneThread,
                aOverB, aOverBRange, flops);
    }

    static String header(int cores) {
        return "| model | batch | (a) DeepCanvas | how (a) used the " + cores + " cores | (a) 1 core | (b) DL4J by hand"
                + " | (c) PyTorch | (c) 1 thread | a/b | a/b per round | a/c (c: the faster of the two) | a/c per core"
                + " | GFLOP/s (a) | GFLOP/s (c, the faster)"
                + " |\n|---|---|---|---|---|---|---|---|---|---|---|---|---|---|";
    }

    String render(double ceiling) {
        return "| " + model.id() + " | " + model.batch() + " | " + rate(deepCanvas) + " | " + how + " | "
                + rate(deepCanvasOneCore) + " | " + rate(handWritten) + " | " + rate(pyTorch) + " | "
                + rate(pyTorchOneThread) + " | " + String.format(Locale.ROOT, "%.2f", aOverB) + " | " + aOverBRange
                + " | " + ratio(deepCanvas, pyTorchBest()) + " | " + ratio(deepCanvasOneCore, pyTorchOneThread)
                + " | " + gflops(deepCanvas, ceiling) + " | " + gflops(pyTorchBest(), ceiling) + " |";
    }

    /** PyTorch's faster figure: on every core or on one thread; NaN where neither was taken. */
    double pyTorchBest() {
        return best(pyTorch, pyTorchOneThread);
    }

    /** The larger of two rates, ignoring one that was not taken (NaN). */
    static double best(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.max(a, b);
    }

    /** The shorter of two step times, ignoring one that was not taken (NaN): the faster, for times. */
    static double shortest(double a, double b) {
        return Double.isNaN(a) ? b : Double.isNaN(b) ? a : Math.min(a, b);
    }

    private String gflops(double samplesPerSecond, double ceiling) {
        if (Double.isNaN(samplesPerSecond)) {
            return "—";
        }
        double g = samplesPerSecond * flops / 1e9;
        return String.format(Locale.ROOT, "%.1f (%.0f%%)", g, 100 * g / ceiling);
    }

    static String rate(double samplesPerSecond) {
        return Double.isNaN(samplesPerSecond) ? "—" : String.format(Locale.ROOT, "%,.0f/s", samplesPerSecond);
    }

    static String ratio(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) ? "—" : String.format(Locale.ROOT, "%.2f", a / b);
    }
}
