package dev.deepcanvas.graph.analysis;

import dev.deepcanvas.graph.layers.LayerType;
import dev.deepcanvas.graph.layers.ShapeResult;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Holds a graph's estimated cost against {@link AnalysisLimits}: parameters, multiply-adds and recurrent steps per
 * node and in total, and one batch's activation memory. Every refusal names the figure, the limit and, where one
 * node is to blame, that node, so that the user knows what to shrink.
 */
final class CostLimits {

    private static final int BYTES_PER_VALUE = 4;

    private final AnalysisLimits limits;
    private final List<Problem> problems;
    private final List<Cost> costs = new ArrayList<>();
    private boolean nodeOverMultiplyAdds;

    /** One node's share: multiply-adds and values held per sample (its output and working memory). */
    private record Cost(String id, String type, long multiplyAdds, long values) {
    }

    CostLimits(AnalysisLimits limits, List<Problem> problems) {
        this.limits = limits;
        this.problems = problems;
    }

    /**
     * Checks one node's estimate. Returns false when the node cannot be built at all (too many parameters: its
     * shape is then not passed on); a node that only costs too much keeps its shape, so that the rest of the graph is
     * still checked and the totals stay meaningful.
     */
    boolean checkNode(String id, LayerType t, ShapeResult r) {
        String name = t.type() + " " + id;
        if (r.params() > limits.maxParams()) {
            problems.add(Problem.ofNode(ProblemCode.TOO_LARGE, id, name + " would have " + human(r.params())
                    + " parameters; the limit is " + human(limits.maxParams())
                    + ". Use fewer units/filters, or pool/downsample before it."));
            return false;
        }
        if (r.multiplyAdds() > limits.maxMultiplyAdds()) {
            nodeOverMultiplyAdds = true;
            problems.add(Problem.ofNode(ProblemCode.TOO_LARGE, id, name + " would need about "
                    + human(r.multiplyAdds()) + " multiply-adds for each sample; the limit is "
                    + human(limits.maxMultiplyAdds()) + " (a training step costs about three times that per sample). "
                    + "Make it smaller (fewer units, filters or heads, a smaller kernel) or shrink its input first "
                    + "(pooling, a stride, a shorter sequence)."));
        }
        if (r.sequentialSteps() > limits.maxRecurrentSteps()) {
            problems.add(Problem.ofNode(ProblemCode.TOO_LARGE, id, name + " would step through "
                    + grouped(r.sequentialSteps()) + " time steps one after another for each sample; the limit is "
                    + grouped(limits.maxRecurrentSteps()) + ". Shorten the sequence before it (a Conv1D or MaxPool1D "
                    + "with a stride of 10 makes it ten times shorter), or summarise it without a recurrent layer "
                    + "(Conv1D, GlobalAvgPool)."));
        }
        costs.add(new Cost(id, t.type(), r.multiplyAdds(),
                Sizes.add(r.shape().elementCount(), r.workingValues())));
        return true;
    }

    /** The values one sample holds while training: every node's output and working memory. */
    long activationValues() {
        long sum = 0;
        for (Cost c : costs) {
            sum = Sizes.add(sum, c.values());
        }
        return sum;
    }

    void checkTotals(long totalParams, long totalMultiplyAdds, int batchSize) {
        if (totalParams > limits.maxParams()) {
            problems.add(Problem.ofGraph(ProblemCode.TOO_LARGE, "The model would have " + human(totalParams)
                    + " parameters; the limit is " + human(limits.maxParams())
                    + ". Make layers smaller or downsample earlier."));
        }
        if (!nodeOverMultiplyAdds && totalMultiplyAdds > limits.maxMultiplyAdds()) {
            problems.add(Problem.ofGraph(ProblemCode.TOO_LARGE, "The model would need about "
                    + human(totalMultiplyAdds) + " multiply-adds for each sample; the limit is "
                    + human(limits.maxMultiplyAdds()) + ". The largest parts are " + largest(Cost::multiplyAdds,
                    c -> human(c.multiplyAdds())) + ". Make them smaller or downsample earlier."));
        }
        long batchBytes = Sizes.mul(Sizes.mul(activationValues(), BYTES_PER_VALUE), Math.max(1, batchSize));
        if (batchBytes > limits.maxActivationBytes()) {
            problems.add(Problem.ofGraph(ProblemCode.TOO_LARGE, "One batch would need about "
                    + humanBytes(batchBytes) + " of activation memory; the limit is "
                    + humanBytes(limits.maxActivationBytes()) + ". Most of it is held by " + largest(Cost::values,
                    c -> humanBytes(Sizes.mul(c.values(), BYTES_PER_VALUE)) + " per sample")
                    + ". Lower the batch size or make layers smaller."));
        }
    }

    /** "c1 (Conv2D, 1.2 billion), c2 (Conv2D, 0.9 billion)": the two biggest by the given figure. */
    private String largest(java.util.function.ToLongFunction<Cost> figure,
                           java.util.function.Function<Cost, String> shown) {
        List<Cost> sorted = new ArrayList<>(costs);
        sorted.sort(Comparator.comparingLong(figure).reversed());
        List<String> parts = new ArrayList<>();
        for (Cost c : sorted.subList(0, Math.min(2, sorted.size()))) {
            parts.add(c.id() + " (" + c.type() + ", " + shown.apply(c) + ")");
        }
        return String.join(" and ", parts);
    }

    static String human(long n) {
        if (n == Long.MAX_VALUE) {
            return "more than 9×10^18";
        }
        if (n >= 1_000_000_000L) {
            return String.format(Locale.ROOT, "%.1f billion", n / 1e9);
        }
        if (n >= 1_000_000L) {
            return String.format(Locale.ROOT, "%.1f million", n / 1e6);
        }
        return Long.toString(n);
    }

    private static String grouped(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    static String humanBytes(long n) {
        if (n == Long.MAX_VALUE) {
            return "more than 8 EB";
        }
        if (n >= 1L << 30) {
            return String.format(Locale.ROOT, "%.1f GB", n / (double) (1L << 30));
        }
        if (n >= 1L << 20) {
            return String.format(Locale.ROOT, "%.1f MB", n / (double) (1L << 20));
        }
        return String.format(Locale.ROOT, "%.1f KB", n / 1024.0);
    }
}
