package dev.deepcanvas.graph.compile.recipe;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * A DL4J object described as "make this, then call these methods", built from method references so that the
 * compiler checks every call: {@code Recipe.of(DenseLayer.Builder::new).with(DenseLayer.Builder::nOut, 16)
 * .then(DenseLayer.Builder::build)} stands for {@code new DenseLayer.Builder().nOut(16).build()}.
 *
 * <p>Why not build the DL4J object directly? The same recipe is evaluated into the real object ({@link #create},
 * which calls the references) and printed as Java source by the exporter (which reads the method each reference
 * names, see {@link MethodRef}), so the exported code and the compiled configuration cannot drift apart: each layer
 * type writes its DL4J mapping once. A misspelt or mistyped builder method is a compile error.
 *
 * <p>Arguments are plain values ({@link Arg.Value}: what a Java literal can say) or other recipes, passed through the
 * {@code wrap}/{@code withRecipe} forms. Recipes are immutable: every step returns a new one.
 *
 * @param <T> what the recipe evaluates to
 */
public final class Recipe<T> {

    private final List<Step> steps;

    private Recipe(List<Step> steps) {
        this.steps = List.copyOf(steps);
    }

    private static <T> Recipe<T> start(Serializable reference, List<Arg> args, Step.Invoker invoker) {
        return new Recipe<>(List.of(new Step(reference, null, args, invoker, true)));
    }

    /** {@code new T()} or {@code Type.make()}. */
    public static <T> Recipe<T> of(Ref.Make0<T> make) {
        return start(make, List.of(), (target, v) -> make.make());
    }

    /** {@code new T(a)} or {@code Type.make(a)}. */
    @SuppressWarnings("unchecked")
    public static <A, T> Recipe<T> of(Ref.Make1<A, T> make, A a) {
        return start(make, List.of(new Arg.Value(a)), (target, v) -> make.make((A) v[0]));
    }

    @SuppressWarnings("unchecked")
    public static <A, B, T> Recipe<T> of(Ref.Make2<A, B, T> make, A a, B b) {
        return start(make, List.of(new Arg.Value(a), new Arg.Value(b)), (target, v) -> make.make((A) v[0], (B) v[1]));
    }

    @SuppressWarnings("unchecked")
    public static <A, B, C, T> Recipe<T> of(Ref.Make3<A, B, C, T> make, A a, B b, C c) {
        return start(make, List.of(new Arg.Value(a), new Arg.Value(b), new Arg.Value(c)),
                (target, v) -> make.make((A) v[0], (B) v[1], (C) v[2]));
    }

    @SuppressWarnings("unchecked")
    public static <A, B, C, D, T> Recipe<T> of(Ref.Make4<A, B, C, D, T> make, A a, B b, C c, D d) {
        return start(make, List.of(new Arg.Value(a), new Arg.Value(b), new Arg.Value(c), new Arg.Value(d)),
                (target, v) -> make.make((A) v[0], (B) v[1], (C) v[2], (D) v[3]));
    }

    /** {@code new T(inner)}, the argument being another recipe's result: {@code new LastTimeStep(layer)}. */
    @SuppressWarnings("unchecked")
    public static <A, T> Recipe<T> wrap(Ref.Make1<A, T> make, Recipe<? extends A> inner) {
        return start(make, List.of(new Arg.Nested(inner)), (target, v) -> make.make((A) v[0]));
    }

    /** {@code new T(a, inner)}: {@code new Bidirectional(mode, layer)}. */
    @SuppressWarnings("unchecked")
    public static <A, B, T> Recipe<T> wrap(Ref.Make2<A, B, T> make, A a, Recipe<? extends B> inner) {
        return start(make, List.of(new Arg.Value(a), new Arg.Nested(inner)),
                (target, v) -> make.make((A) v[0], (B) v[1]));
    }

    /** {@code ….method(a)}: a builder call. */
    @SuppressWarnings("unchecked")
    public <A> Recipe<T> with(Ref.Set1<T, A> method, A a) {
        return append(method, List.of(new Arg.Value(a)), (target, v) -> method.set((T) target, (A) v[0]));
    }

    /**
     * {@code ….name(a)} for a method that javac cannot reference directly: one declared in a class this package
     * cannot see (DL4J's protected {@code SubsamplingLayer.BaseSubsamplingBuilder} declares
     * {@code convolutionMode}), for which javac compiles a synthetic adapter that does not name the method. The call
     * is still type-checked; only the printed name is spelt out, and the exporter test compiles what it prints.
     */
    @SuppressWarnings("unchecked")
    public <A> Recipe<T> withNamed(String name, Ref.Set1<T, A> method, A a) {
        return append(method, name, List.of(new Arg.Value(a)), (target, v) -> method.set((T) target, (A) v[0]));
    }

    /** {@code ….method(inner)}, the argument being another recipe's result: {@code .updater(new Adam(0.01))}. */
    @SuppressWarnings("unchecked")
    public <A> Recipe<T> withRecipe(Ref.Set1<T, A> method, Recipe<? extends A> inner) {
        return append(method, List.of(new Arg.Nested(inner)), (target, v) -> method.set((T) target, (A) v[0]));
    }

    /** {@code ….method(a, inner, c)}: {@code .addLayer("dense", new DenseLayer.Builder()…build(), "in")}. */
    @SuppressWarnings("unchecked")
    public <A, B, C> Recipe<T> withRecipe(Ref.Set3<T, A, B, C> method, A a, Recipe<? extends B> inner, C c) {
        return append(method, List.of(new Arg.Value(a), new Arg.Nested(inner), new Arg.Value(c)),
                (target, v) -> method.set((T) target, (A) v[0], (B) v[1], (C) v[2]));
    }

    /** {@code ….method(array of the items' results)}: {@code .setInputTypes(InputType.feedForward(4L))}. */
    @SuppressWarnings("unchecked")
    public <A> Recipe<T> withRecipes(Ref.Set1<T, A[]> method, Class<A> componentType,
                                     List<? extends Recipe<? extends A>> items) {
        return append(method, List.of(new Arg.NestedArray(componentType, List.copyOf(items))),
                (target, v) -> method.set((T) target, (A[]) v[0]));
    }

    /** {@code ….method()} returning something else: {@code .build()}, {@code .graphBuilder()}. */
    @SuppressWarnings("unchecked")
    public <R> Recipe<R> then(Ref.Then<T, R> method) {
        List<Step> more = new ArrayList<>(steps);
        more.add(new Step(method, null, List.of(), (target, v) -> method.apply((T) target), true));
        return new Recipe<>(more);
    }

    private Recipe<T> append(Serializable method, List<Arg> args, Step.Invoker invoker) {
        return append(method, null, args, invoker);
    }

    private Recipe<T> append(Serializable method, String name, List<Arg> args, Step.Invoker invoker) {
        List<Step> more = new ArrayList<>(steps);
        more.add(new Step(method, name, args, invoker, false));
        return new Recipe<>(more);
    }

    /** The calls in order; the first makes the object. */
    public List<Step> steps() {
        return steps;
    }

    /** Evaluates the recipe into a fresh object; DL4J's own exceptions (a refused configuration) pass through. */
    @SuppressWarnings("unchecked")
    public T create() {
        Object current = null;
        for (Step step : steps) {
            current = step.invoke(current);
        }
        return (T) current;
    }
}
