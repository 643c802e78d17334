package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.ProblemCode;
import dev.deepcanvas.graph.analysis.Shape;

import java.util.List;

/**
 * The outcome of a shape rule: the output shape with parameter count and multiply-adds per sample, or the problems
 * that make the node impossible (with a message that tells the learner the fix).
 *
 * <p>Two more figures let the analyzer bound a layer's cost where its output shape does not show it: the values it
 * holds per sample besides its output while training ({@link #workingValues()}: attention weights, which grow with
 * the square of the sequence length, and a recurrent layer's gates at every step), and the time steps it computes one
 * after another ({@link #sequentialSteps()}: a recurrent loop, which no amount of parallel hardware shortens).
 */
public final class ShapeResult {

    /** One reason a shape rule failed. */
    public record Failure(ProblemCode code, String message) {
    }

    private final Shape shape;
    private final long params;
    private final long multiplyAdds;
    private final long workingValues;
    private final long sequentialSteps;
    private final List<Failure> failures;

    private ShapeResult(Shape shape, long params, long multiplyAdds, long workingValues, long sequentialSteps,
                        List<Failure> failures) {
        this.shape = shape;
        this.params = params;
        this.multiplyAdds = multiplyAdds;
        this.workingValues = workingValues;
        this.sequentialSteps = sequentialSteps;
        this.failures = failures;
    }

    public static ShapeResult ok(Shape shape, long params, long multiplyAdds) {
        return new ShapeResult(shape, params, multiplyAdds, 0, 0, List.of());
    }

    /** This result, holding {@code values} per sample besides its output while training. */
    public ShapeResult withWorkingValues(long values) {
        return new ShapeResult(shape, params, multiplyAdds, values, sequentialSteps, failures);
    }

    /** This result, computing {@code steps} time steps one after another (a recurrent loop). */
    public ShapeResult withSequentialSteps(long steps) {
        return new ShapeResult(shape, params, multiplyAdds, workingValues, steps, failures);
    }

    /** A parameter-free reshaping or element-wise node. */
    public static ShapeResult ok(Shape shape) {
        return ok(shape, 0, 0);
    }

    public static ShapeResult fail(ProblemCode code, String message) {
        return new ShapeResult(null, 0, 0, 0, 0, List.of(new Failure(code, message)));
    }

    public static ShapeResult fail(List<Failure> failures) {
        return new ShapeResult(null, 0, 0, 0, 0, List.copyOf(failures));
    }

    public boolean isOk() {
        return failures.isEmpty();
    }

    public Shape shape() {
        return shape;
    }

    public long params() {
        return params;
    }

    public long multiplyAdds() {
        return multiplyAdds;
    }

    /** Values held per sample besides the output while training (0 when the output is all there is). */
    public long workingValues() {
        return workingValues;
    }

    /** Time steps computed one after another (0 for a layer without a loop over time). */
    public long sequentialSteps() {
        return sequentialSteps;
    }

    public List<Failure> failures() {
        return failures;
    }
}
