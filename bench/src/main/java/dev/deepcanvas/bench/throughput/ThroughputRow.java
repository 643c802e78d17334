package dev.deepcanvas.bench.throughput;

import java.util.Locale;

/**
 * One model's training throughput, side by side: (a) DeepCanvas, (b) hand-written DL4J, (c) PyTorch (NaN where
 * PyTorch could not run), in samples per second; a and b are medians over paired rounds, a/b the median of the
 * rounds' ratios and its range.
 */
record ThroughputRow(BenchModel model, double deepCanvas, double handWritten, double pyTorch, double aOverB,
                     String aOverBRange) {

    static ThroughputRow of(BenchModel model, PairedRounds rounds) {
        return new ThroughputRow(model, rounds.deepCanvas(), rounds.handWritten(), Double.NaN, rounds.ratio(),
                rounds.ratioRange());
    }

    ThroughputRow withPyTorch(double samplesPerSecond) {
        return new ThroughputRow(model, deepCanvas, handWritten, samplesPerSecond, aOverB, aOverBRange);
    }

    static String header() {
        return "| model | batch | (a) DeepCanvas | (b) DL4J by hand | (c) PyTorch | a/b | a/b per round | a/c |\n"
                + "|---|---|---|---|---|---|---|---|";
    }

    String render() {
        return "| " + model.id() + " | " + model.batch() + " | " + rate(deepCanvas) + " | " + rate(handWritten)
                + " | " + rate(pyTorch) + " | " + String.format(Locale.ROOT, "%.2f", aOverB) + " | " + aOverBRange
                + " | " + ratio(deepCanvas, pyTorch) + " |";
    }

    private static String rate(double samplesPerSecond) {
        return Double.isNaN(samplesPerSecond) ? "—" : String.format(Locale.ROOT, "%.0f/s", samplesPerSecond);
    }

    private static String ratio(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) ? "—" : String.format(Locale.ROOT, "%.2f", a / b);
    }
}
