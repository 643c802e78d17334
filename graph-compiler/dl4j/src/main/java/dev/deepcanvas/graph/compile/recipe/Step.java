package dev.deepcanvas.graph.compile.recipe;

import java.io.Serializable;
import java.util.List;

/**
 * One call of a recipe: the method reference it calls ({@link #target()} says which constructor or method that is)
 * and its arguments. The first step of a recipe constructs or makes the object, the others call methods on it.
 */
public final class Step {

    /** Calls the typed method reference; built by {@link Recipe}, where the types are still known. */
    @FunctionalInterface
    interface Invoker {
        Object invoke(Object target, Object[] args);
    }

    private final Serializable reference;
    private final String name;
    private final List<Arg> args;
    private final Invoker invoker;
    private final boolean returnsOther;

    /**
     * @param name         the method's name where javac cannot reference it (see {@link Recipe#withNamed}), else null
     * @param returnsOther whether the step's result is another object than the one it is called on (the first step,
     *                     and {@link Recipe#then}'s), as opposed to a builder call that returns its builder
     */
    Step(Serializable reference, String name, List<Arg> args, Invoker invoker, boolean returnsOther) {
        this.reference = reference;
        this.name = name;
        this.args = List.copyOf(args);
        this.invoker = invoker;
        this.returnsOther = returnsOther;
    }

    /**
     * Whether this step makes another object than the one it is called on: the exporter keeps a builder in a variable
     * from such a step on and writes the builder calls after it as statements.
     */
    public boolean returnsOther() {
        return returnsOther;
    }

    /** The constructor or method the step calls. */
    public MethodRef target() {
        return name != null ? MethodRef.named(name) : MethodRef.of(reference);
    }

    public List<Arg> args() {
        return args;
    }

    Object invoke(Object target) {
        Object[] values = new Object[args.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = args.get(i).evaluate();
        }
        return invoker.invoke(target, values);
    }
}
