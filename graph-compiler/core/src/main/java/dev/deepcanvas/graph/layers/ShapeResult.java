package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.ProblemCode;
import dev.deepcanvas.graph.analysis.Shape;

import java.util.List;

/**
 * The outcome of a shape rule: the output shape with parameter count and multiply-adds per sample, or the problems
 * that make the node impossible (with a message that tells the learner the fix).
 */
public final class ShapeResult {

    /** One reason a shape rule failed. */
    public record Failure(ProblemCode code, String message) {
    }

    private final Shape shape;
    private final long params;
    private final long multiplyAdds;
    private final List<Failure> failures;

    private ShapeResult(Shape shape, long params, long multiplyAdds, List<Failure> failures) {
        this.shape = shape;
        this.params = params;
        this.multiplyAdds = multiplyAdds;
        this.failures = failures;
    }

    public static ShapeResult ok(Shape shape, long params, long multiplyAdds) {
        return new ShapeResult(shape, params, multiplyAdds, List.of());
    }

    /** A parameter-free reshaping or element-wise node. */
    public static ShapeResult ok(Shape shape) {
        return ok(shape, 0, 0);
    }

    public static ShapeResult fail(ProblemCode code, String message) {
        return new ShapeResult(null, 0, 0, List.of(new Failure(code, message)));
    }

    public static ShapeResult fail(List<Failure> failures) {
        return new ShapeResult(null, 0, 0, List.copyOf(failures));
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

    public List<Failure> failures() {
        return failures;
    }
}
