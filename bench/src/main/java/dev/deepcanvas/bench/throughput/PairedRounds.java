package dev.deepcanvas.bench.throughput;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * DeepCanvas (a) and hand-written DL4J (b) timed in alternating pairs: round 1 times b then a, round 2 a then b,
 * and so on. Timed one after the other once, the two figures spread by about ±10% between runs on the same idle
 * machine (docs/performance.md), so a 2% difference cannot be told from drift; pairing each a with a b taken
 * moments apart, and alternating which goes first, cancels most of the drift and shows its size as the spread of
 * the per-round ratios.
 */
final class PairedRounds {

    private final List<Double> deepCanvas = new ArrayList<>();
    private final List<Double> handWritten = new ArrayList<>();

    interface Measurement {
        double samplesPerSecond() throws Exception;
    }

    static PairedRounds run(int rounds, Measurement a, Measurement b) throws Exception {
        PairedRounds result = new PairedRounds();
        for (int round = 0; round < rounds; round++) {
            double aRate;
            double bRate;
            if (round % 2 == 0) {
                bRate = b.samplesPerSecond();
                aRate = a.samplesPerSecond();
            } else {
                aRate = a.samplesPerSecond();
                bRate = b.samplesPerSecond();
            }
            result.deepCanvas.add(aRate);
            result.handWritten.add(bRate);
        }
        return result;
    }

    double deepCanvas() {
        return Repetitions.median(deepCanvas);
    }

    double handWritten() {
        return Repetitions.median(handWritten);
    }

    /** The median of the per-round ratios a/b. */
    double ratio() {
        return Repetitions.median(ratios());
    }

    /** "0.97–1.03": the smallest and largest per-round ratio. */
    String ratioRange() {
        List<Double> ratios = ratios();
        double min = ratios.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        double max = ratios.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        return String.format(Locale.ROOT, "%.2f–%.2f", min, max);
    }

    int rounds() {
        return deepCanvas.size();
    }

    private List<Double> ratios() {
        List<Double> ratios = new ArrayList<>();
        for (int i = 0; i < deepCanvas.size(); i++) {
            ratios.add(deepCanvas.get(i) / handWritten.get(i));
        }
        return ratios;
    }
}
