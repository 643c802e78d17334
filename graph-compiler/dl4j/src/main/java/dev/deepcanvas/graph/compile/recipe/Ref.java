package dev.deepcanvas.graph.compile.recipe;

import java.io.Serializable;

/**
 * The shapes of method reference a {@link Recipe} is built from. They are {@link Serializable} only so that the Java
 * exporter can read which constructor or method each one names ({@link MethodRef}); recipes never serialise them.
 */
public final class Ref {

    private Ref() {
    }

    /** A constructor or static factory without arguments: {@code DenseLayer.Builder::new}. */
    @FunctionalInterface
    public interface Make0<R> extends Serializable {
        R make();
    }

    /** A one-argument constructor or static factory: {@code InputType::feedForward}. */
    @FunctionalInterface
    public interface Make1<A, R> extends Serializable {
        R make(A a);
    }

    @FunctionalInterface
    public interface Make2<A, B, R> extends Serializable {
        R make(A a, B b);
    }

    @FunctionalInterface
    public interface Make3<A, B, C, R> extends Serializable {
        R make(A a, B b, C c);
    }

    @FunctionalInterface
    public interface Make4<A, B, C, D, R> extends Serializable {
        R make(A a, B b, C c, D d);
    }

    /** A builder method of one argument that returns the builder: {@code DenseLayer.Builder::nOut}. */
    @FunctionalInterface
    public interface Set1<T, A> extends Serializable {
        T set(T target, A a);
    }

    /** A builder method of three arguments that returns the builder: {@code GraphBuilder::addLayer}. */
    @FunctionalInterface
    public interface Set3<T, A, B, C> extends Serializable {
        T set(T target, A a, B b, C c);
    }

    /** A method without arguments that turns the target into something else: {@code DenseLayer.Builder::build}. */
    @FunctionalInterface
    public interface Then<T, R> extends Serializable {
        R apply(T target);
    }
}
