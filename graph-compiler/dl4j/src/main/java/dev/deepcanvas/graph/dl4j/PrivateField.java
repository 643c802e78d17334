package dev.deepcanvas.graph.dl4j;

import java.lang.reflect.Field;

/**
 * A private field of a DL4J class, read or written by name: the one place where DeepCanvas reaches past DL4J's API,
 * and only where DL4J 1.0.0-M2.1 has none. A layer looks for its helper only among cuDNN's (so a CPU helper must be
 * put into its {@code helper} field), and the bidirectional layer keeps its two directions to itself. A DL4J
 * version without the field fails when the using class is first loaded, with a message saying which field.
 *
 * @param <O> the class declaring the field
 * @param <V> the field's type
 */
final class PrivateField<O, V> {

    private final Field field;
    private final Class<V> type;

    private PrivateField(Field field, Class<V> type) {
        this.field = field;
        this.type = type;
    }

    static <O, V> PrivateField<O, V> of(Class<O> owner, String name, Class<V> type) {
        try {
            Field field = owner.getDeclaredField(name);
            if (!type.isAssignableFrom(field.getType())) {
                throw new IllegalStateException("DL4J's " + owner.getSimpleName() + "." + name + " is a "
                        + field.getType().getName() + ", not a " + type.getName()
                        + ": DeepCanvas needs DL4J 1.0.0-M2.1");
            }
            field.setAccessible(true);
            return new PrivateField<>(field, type);
        } catch (NoSuchFieldException e) {
            throw new IllegalStateException("DL4J's " + owner.getSimpleName() + " has no field " + name
                    + ": DeepCanvas needs DL4J 1.0.0-M2.1", e);
        }
    }

    V get(O target) {
        try {
            return type.cast(field.get(target));
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("setAccessible was refused for " + field, e);
        }
    }

    void set(O target, V value) {
        try {
            field.set(target, value);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("setAccessible was refused for " + field, e);
        }
    }
}
