package dev.deepcanvas.graph.compile.recipe;

import java.lang.reflect.Array;
import java.util.List;
import java.util.Objects;

/** One argument of a recipe step: a plain value, or other recipes evaluated when the step is. */
public sealed interface Arg {

    /** The argument's value for one evaluation (nested recipes build fresh objects, arrays are copied). */
    Object evaluate();

    /**
     * A value the exporter can write as a Java literal: Integer, Long, Double, Boolean, String, an enum constant,
     * int[] or String[].
     */
    record Value(Object value) implements Arg {

        public Value {
            Objects.requireNonNull(value, "recipe arguments cannot be null");
            boolean printable = value instanceof Integer || value instanceof Long || value instanceof Double
                    || value instanceof Boolean || value instanceof String || value instanceof Enum<?>
                    || value instanceof int[] || value instanceof String[];
            if (!printable) {
                throw new IllegalArgumentException("A recipe argument must be a number, boolean, string, enum "
                        + "constant, int[] or String[], not " + value.getClass().getName());
            }
            value = copy(value);
        }

        @Override
        public Object evaluate() {
            return copy(value);
        }

        /** Arrays are copied both ways: DL4J's builders keep the arrays they are given. */
        private static Object copy(Object v) {
            if (v instanceof int[] a) {
                return a.clone();
            }
            if (v instanceof String[] a) {
                return a.clone();
            }
            return v;
        }
    }

    /** Another recipe whose result is the argument: {@code new LastTimeStep(new LSTM.Builder()...build())}. */
    record Nested(Recipe<?> recipe) implements Arg {

        public Nested {
            Objects.requireNonNull(recipe, "a nested recipe cannot be null");
        }

        @Override
        public Object evaluate() {
            return recipe.create();
        }
    }

    /** An array of recipes' results: {@code setInputTypes(InputType.feedForward(4L), ...)}. */
    record NestedArray(Class<?> componentType, List<Recipe<?>> items) implements Arg {

        public NestedArray {
            items = List.copyOf(items);
        }

        @Override
        public Object evaluate() {
            Object array = Array.newInstance(componentType, items.size());
            for (int i = 0; i < items.size(); i++) {
                Array.set(array, i, items.get(i).create());
            }
            return array;
        }
    }
}
