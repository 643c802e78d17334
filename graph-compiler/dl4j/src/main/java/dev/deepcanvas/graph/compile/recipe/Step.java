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

    /** @param name the method's name where javac cannot reference it (see {@link Recipe#withNamed}), else null */
    Step(Serializable reference, String name, List<Arg> args, Invoker invoker) {
        this.reference = reference;
        this.name = name;
        this.args = List.copyOf(args);
        this.invoker = invoker;
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
