package dev.deepcanvas.graph.compile.recipe;

import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.OutputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.lang.invoke.MethodHandleInfo;
import java.lang.invoke.MethodType;
import java.lang.invoke.SerializedLambda;
import java.lang.reflect.Executable;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

/**
 * Which constructor or method a recipe step's method reference names, read from the reference's serialized form
 * ({@link SerializedLambda}, whose implementation method javac sets to the referenced one). This is how the exporter
 * prints a recipe as source without the recipe spelling any name itself.
 *
 * <p>javac compiles a method reference into a direct handle on the method, except where it needs an adapter (a
 * varargs call spread over several arguments, a protected method of another package, …): then it writes a
 * synthetic {@code lambda$…} method whose name says nothing. {@link #of} refuses those loudly, and the exporter
 * tests print every mapping, so such a step cannot go unnoticed: pass its arguments so that no adapter is needed
 * (an array for a varargs parameter), or, where the method itself is out of reach, name it
 * ({@code Recipe.withNamed}).
 *
 * @param owner   the class declaring the constructor or static method, the class holding an instance method (null
 *                for a named one)
 * @param name    the method name ({@code <init>} for a constructor)
 * @param varArgs whether the target's last parameter is varargs, so that the exporter may spread an array there
 */
public record MethodRef(Kind kind, Class<?> owner, String name, boolean varArgs) {

    /** How the reference calls its target. */
    public enum Kind { CONSTRUCTOR, STATIC, INSTANCE }

    /** An instance method given by name (a step javac could not reference directly, see Recipe#withNamed). */
    static MethodRef named(String name) {
        return new MethodRef(Kind.INSTANCE, null, name, false);
    }

    public static MethodRef of(Serializable reference) {
        SerializedLambda lambda = serializedForm(reference);
        String name = lambda.getImplMethodName();
        if (name.startsWith("lambda$")) {
            throw new IllegalStateException("A recipe step must be a plain method reference (Type::method), but "
                    + lambda.getCapturingClass() + " has one that javac compiled as the synthetic " + name
                    + " (a varargs spread, or a method of a class out of reach). Pass the arguments so that javac "
                    + "needs no adapter, e.g. an array for a varargs parameter, or name the method with withNamed.");
        }
        ClassLoader loader = reference.getClass().getClassLoader();
        try {
            Class<?> owner = Class.forName(lambda.getImplClass().replace('/', '.'), false, loader);
            Class<?>[] parameters = MethodType.fromMethodDescriptorString(lambda.getImplMethodSignature(), loader)
                    .parameterArray();
            return switch (lambda.getImplMethodKind()) {
                case MethodHandleInfo.REF_newInvokeSpecial -> new MethodRef(Kind.CONSTRUCTOR, owner, name,
                        owner.getDeclaredConstructor(parameters).isVarArgs());
                case MethodHandleInfo.REF_invokeStatic -> new MethodRef(Kind.STATIC, owner, name,
                        declared(owner, name, parameters).isVarArgs());
                case MethodHandleInfo.REF_invokeVirtual, MethodHandleInfo.REF_invokeInterface -> new MethodRef(
                        Kind.INSTANCE, owner, name, declared(owner, name, parameters).isVarArgs());
                default -> throw new IllegalStateException("Unexpected method reference kind "
                        + MethodHandleInfo.referenceKindToString(lambda.getImplMethodKind()) + " for " + name);
            };
        } catch (ReflectiveOperationException | TypeNotPresentException e) {
            throw new IllegalStateException("Cannot find the target of the method reference " + name + " in "
                    + lambda.getImplClass(), e);
        }
    }

    /** The method as declared by the owner or one of its supertypes (where inherited builder methods live). */
    private static Executable declared(Class<?> owner, String name, Class<?>[] parameters)
            throws NoSuchMethodException {
        Deque<Class<?>> todo = new ArrayDeque<>();
        todo.add(owner);
        while (!todo.isEmpty()) {
            Class<?> c = todo.poll();
            try {
                return c.getDeclaredMethod(name, parameters);
            } catch (NoSuchMethodException notHere) {
                if (c.getSuperclass() != null) {
                    todo.add(c.getSuperclass());
                }
                todo.addAll(List.of(c.getInterfaces()));
            }
        }
        throw new NoSuchMethodException(owner.getName() + "." + name);
    }

    private static SerializedLambda serializedForm(Serializable reference) {
        try (Capture capture = new Capture()) {
            capture.writeObject(reference);
            if (capture.lambda == null) {
                throw new IllegalArgumentException("Not a method reference: " + reference.getClass().getName());
            }
            return capture.lambda;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Catches the serialized form the lambda replaces itself with, and writes nothing. */
    private static final class Capture extends ObjectOutputStream {

        private SerializedLambda lambda;

        Capture() throws IOException {
            super(OutputStream.nullOutputStream());
            enableReplaceObject(true);
        }

        @Override
        protected Object replaceObject(Object obj) {
            if (obj instanceof SerializedLambda s && lambda == null) {
                lambda = s;
                return null;
            }
            return obj;
        }
    }
}
