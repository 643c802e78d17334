package dev.deepcanvas.bench.throughput;

import java.util.Locale;

/**
 * One model's training throughput, side by side: (a) DeepCanvas, (b) hand-written DL4J, (c) PyTorch (NaN where
 * PyTorch could not run), in samples per second.
 */
record ThroughputRow(BenchModel model, double deepCanvas, double handWritten, double pyTorch) {

    ThroughputRow withPyTorch(double samplesPerSecond) {
        return new ThroughputRow(model, deepCanvas, handWritten, samplesPerSecond);
    }

    static String header() {
        return "| model | batch | (a) DeepCanvas | (b) DL4J by hand | (c) PyTorch | a/b | a/c |\n"
                + "|---|---|---|---|---|---|---|";
    }

    String render() {
        return "| " + model.id() + " | " + model.batch() + " | " + rate(deepCanvas) + " | " + rate(handWritten)
                + " | " + rate(pyTorch) + " | " + ratio(deepCanvas, handWritten) + " | " + ratio(deepCanvas, pyTorch)
                + " |";
    }

    private static String rate(double samplesPerSecond) {
        return Double.isNaN(samplesPerSecond) ? "—" : String.format(Locale.ROOT, "%.0f/s", samplesPerSecond);
    }

    private static String ratio(double a, double b) {
        return Double.isNaN(a) || Double.isNaN(b) ? "—" : String.format(Locale.ROOT, "%.2f", a / b);
    }
}
