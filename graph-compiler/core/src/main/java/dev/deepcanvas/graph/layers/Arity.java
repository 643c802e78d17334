package dev.deepcanvas.graph.layers;

/** How many inputs a node takes; {@code max} of {@link Integer#MAX_VALUE} means "any number". */
public record Arity(int min, int max) {

    public static final Arity NONE = new Arity(0, 0);
    public static final Arity ONE = new Arity(1, 1);
    public static final Arity TWO_OR_MORE = new Arity(2, Integer.MAX_VALUE);

    public static Arity exactly(int n) {
        return new Arity(n, n);
    }
}
