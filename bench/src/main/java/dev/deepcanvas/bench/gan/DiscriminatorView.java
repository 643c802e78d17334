package dev.deepcanvas.bench.gan;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * How a trained discriminator sees pictures: its mean verdict and the share it calls real, for training pictures,
 * held-out pictures and generated ones, and for held-out pictures grouped by each word of their captions where the
 * dataset has captions ("red", "small", "square"). The groups show what the discriminator has learnt to look at:
 * for the DCGAN of shapes they showed that it judged real pictures mostly by colour, calling real pictures fake in
 * whatever colour the generator drew most (bench/README.md, "DCGAN shapes, fourth round").
 */
final class DiscriminatorView {

    /** One group of pictures: how many, the mean verdict, and the share called real (verdict above one half). */
    record Row(String group, int count, double meanVerdict, double calledReal) {

        @Override
        public String toString() {
            return String.format("%-16s %5d | %12.3f | %10.1f%%", group, count, meanVerdict, 100 * calledReal);
        }
    }

    static final String HEADER = String.format("%-16s %5s | %12s | %11s", "pictures", "count", "mean verdict",
            "called real");

    private DiscriminatorView() {
    }

    /** @param verdicts the discriminator's outputs, [n, 1] */
    static Row row(String group, INDArray verdicts) {
        double[] v = verdicts.reshape(verdicts.length()).toDoubleVector();
        return summarise(group, v, IntStream.range(0, v.length).boxed().toList());
    }

    /**
     * One row per caption word, in alphabetical order.
     *
     * @param verdicts the discriminator's outputs on the captioned pictures, [n, 1]
     * @param captions picture i's caption, words separated by spaces
     */
    static List<Row> byCaptionWord(INDArray verdicts, List<String> captions) {
        double[] v = verdicts.reshape(verdicts.length()).toDoubleVector();
        if (captions.size() != v.length) {
            throw new IllegalArgumentException(captions.size() + " captions for " + v.length + " verdicts");
        }
        Map<String, List<Integer>> members = new TreeMap<>();
        for (int i = 0; i < captions.size(); i++) {
            for (String word : captions.get(i).trim().split("\\s+")) {
                if (!word.isEmpty()) {
                    members.computeIfAbsent(word, w -> new ArrayList<>()).add(i);
                }
            }
        }
        List<Row> rows = new ArrayList<>(members.size());
        members.forEach((word, indices) -> rows.add(summarise("  " + word, v, indices)));
        return rows;
    }

    private static Row summarise(String group, double[] verdicts, List<Integer> indices) {
        double sum = 0;
        int real = 0;
        for (int i : indices) {
            sum += verdicts[i];
            if (verdicts[i] > 0.5) {
                real++;
            }
        }
        int n = indices.size();
        return new Row(group, n, n == 0 ? Double.NaN : sum / n, n == 0 ? Double.NaN : (double) real / n);
    }
}
