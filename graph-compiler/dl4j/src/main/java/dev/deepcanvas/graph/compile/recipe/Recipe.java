package dev.deepcanvas.graph.compile.recipe;

import java.lang.reflect.Array;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A description of a DL4J object as "construct this, then call these builder methods" (e.g.
 * {@code new DenseLayer.Builder().nOut(16).activation(Activation.RELU).build()}).
 *
 * <p>Why not build DL4J objects directly? The same recipe is both evaluated into the real object (by reflection) and
 * printed as Java source by the exporter, so the exported code and the compiled configuration cannot drift apart:
 * each layer type writes its DL4J mapping once.
 *
 * <p>Argument values may be Integer, Long, Double, Boolean, String, enum constants, int[], String[], another
 * Recipe, or a {@link RecipeArray}.
 */
public final class Recipe {

    /** How the chain starts. */
    public enum RootKind { CONSTRUCT, STATIC_CALL }

    /** One method call of the chain. */
    public record Call(String method, List<Object> args) {
    }

    /** An array of recipes, passed where DL4J expects e.g. {@code InputType...}. */
    public record RecipeArray(Class<?> componentType, List<Recipe> items) {
    }

    private final RootKind rootKind;
    private final Class<?> type;
    private final String staticMethod;
    private final List<Object> rootArgs;
    private final List<Call> calls;

    private Recipe(RootKind rootKind, Class<?> type, String staticMethod, List<Object> rootArgs, List<Call> calls) {
        this.rootKind = rootKind;
        this.type = type;
        this.staticMethod = staticMethod;
        this.rootArgs = rootArgs;
        this.calls = calls;
    }

    /** {@code new type(args)}. */
    public static Recipe construct(Class<?> type, Object... args) {
        return new Recipe(RootKind.CONSTRUCT, type, null, List.of(checkArgs(args)), List.of());
    }

    /** {@code Type.method(args)}. */
    public static Recipe staticCall(Class<?> type, String method, Object... args) {
        return new Recipe(RootKind.STATIC_CALL, type, method, List.of(checkArgs(args)), List.of());
    }

    public static RecipeArray array(Class<?> componentType, List<Recipe> items) {
        return new RecipeArray(componentType, List.copyOf(items));
    }

    /** Returns a new recipe with one more call appended. */
    public Recipe call(String method, Object... args) {
        List<Call> copy = new ArrayList<>(calls);
        copy.add(new Call(method, List.of(checkArgs(args))));
        return new Recipe(rootKind, type, staticMethod, rootArgs, List.copyOf(copy));
    }

    /** Shorthand for the terminal {@code .build()} of DL4J builders. */
    public Recipe build() {
        return call("build");
    }

    public RootKind rootKind() {
        return rootKind;
    }

    public Class<?> type() {
        return type;
    }

    public String staticMethod() {
        return staticMethod;
    }

    public List<Object> rootArgs() {
        return rootArgs;
    }

    public List<Call> calls() {
        return calls;
    }

    private static Object[] checkArgs(Object[] args) {
        for (Object a : args) {
            Objects.requireNonNull(a, "recipe arguments cannot be null");
            boolean ok = a instanceof Integer || a instanceof Long || a instanceof Double || a instanceof Boolean
                    || a instanceof String || a instanceof Enum<?> || a instanceof int[] || a instanceof String[]
                    || a instanceof Recipe || a instanceof RecipeArray;
            if (!ok) {
                throw new IllegalArgumentException("Unsupported recipe argument type " + a.getClass());
            }
        }
        return args.clone();
    }

    /** Evaluates the recipe into the real object. */
    public Object create() {
        try {
            Object current;
            if (rootKind == RootKind.CONSTRUCT) {
                Constructor<?> ctor = (Constructor<?>) resolve(Arrays.asList(type.getConstructors()), rootArgs);
                current = ctor.newInstance(values(ctor, rootArgs));
            } else {
                Method m = (Method) resolve(staticMethods(type, staticMethod), rootArgs);
                current = m.invoke(null, values(m, rootArgs));
            }
            for (Call c : calls) {
                Method m = (Method) resolve(methods(current.getClass(), c.method()), c.args());
                m.setAccessible(true);
                current = m.invoke(current, values(m, c.args()));
            }
            return current;
        } catch (InvocationTargetException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(cause);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("Cannot evaluate recipe for " + type.getName() + ": " + e, e);
        }
    }

    /**
     * The constructor or static method of the root (index 0), then the method of every call, resolved from static
     * types like javac would, in one walk along the chain; the Java exporter uses them to print varargs naturally.
     */
    public List<Executable> executables() {
        List<Executable> out = new ArrayList<>(calls.size() + 1);
        Class<?> current;
        if (rootKind == RootKind.CONSTRUCT) {
            out.add(resolve(Arrays.asList(type.getConstructors()), rootArgs));
            current = type;
        } else {
            Method root = (Method) resolve(staticMethods(type, staticMethod), rootArgs);
            out.add(root);
            current = root.getReturnType();
        }
        for (Call c : calls) {
            List<Method> candidates = methods(current, c.method());
            out.add(resolve(candidates, c.args()));
            Class<?> rt = mostSpecificReturnType(candidates);
            current = rt.isAssignableFrom(current) ? current : rt;
        }
        return out;
    }

    /** The constructor or method a call resolves to. */
    static Executable resolve(List<? extends Executable> candidates, List<Object> args) {
        Executable best = null;
        int bestScore = -1;
        for (Executable e : candidates) {
            if (e.getParameterCount() != args.size()) {
                continue;
            }
            int score = 0;
            boolean ok = true;
            Class<?>[] pt = e.getParameterTypes();
            for (int i = 0; i < pt.length && ok; i++) {
                int s = match(pt[i], args.get(i));
                ok = s > 0;
                score += s;
            }
            if (ok && score > bestScore) {
                best = e;
                bestScore = score;
            }
        }
        if (best == null) {
            throw new IllegalArgumentException("No method/constructor matches " + args + " among " + candidates);
        }
        return best;
    }

    static List<Method> methods(Class<?> cls, String name) {
        List<Method> out = new ArrayList<>();
        for (Method m : cls.getMethods()) {
            if (m.getName().equals(name) && !Modifier.isStatic(m.getModifiers())) {
                out.add(m);
            }
        }
        return out;
    }

    static List<Method> staticMethods(Class<?> cls, String name) {
        List<Method> out = new ArrayList<>();
        for (Method m : cls.getMethods()) {
            if (m.getName().equals(name) && Modifier.isStatic(m.getModifiers())) {
                out.add(m);
            }
        }
        return out;
    }

    /** 0 = no match; higher = closer. Exact primitive matches beat widening so nOut(int) wins over nOut(long). */
    private static int match(Class<?> param, Object arg) {
        if (arg instanceof Recipe r) {
            Class<?> produced = r.producedType();
            return produced == null || param.isAssignableFrom(produced) ? 2 : 0;
        }
        if (arg instanceof RecipeArray ra) {
            return param.isArray() && param.getComponentType().isAssignableFrom(ra.componentType()) ? 3 : 0;
        }
        if (arg instanceof Integer) {
            return param == int.class || param == Integer.class ? 3 : param == long.class ? 2 : param == double.class ? 1 : 0;
        }
        if (arg instanceof Long) {
            return param == long.class || param == Long.class ? 3 : param == double.class ? 1 : 0;
        }
        if (arg instanceof Double) {
            return param == double.class || param == Double.class ? 3 : 0;
        }
        if (arg instanceof Boolean) {
            return param == boolean.class || param == Boolean.class ? 3 : 0;
        }
        return param.isInstance(arg) ? 3 : 0;
    }

    /**
     * The static type the recipe evaluates to, when it can be known without evaluating (used for overload choice).
     * For builder chains ending in build() the type is found from the builder's build method.
     */
    Class<?> producedType() {
        Class<?> current;
        if (rootKind == RootKind.CONSTRUCT) {
            current = type;
        } else {
            List<Method> ms = staticMethods(type, staticMethod);
            current = ms.isEmpty() ? null : ms.get(0).getReturnType();
        }
        for (Call c : calls) {
            if (current == null) {
                return null;
            }
            List<Method> ms = methods(current, c.method());
            if (ms.isEmpty()) {
                return null;
            }
            Class<?> rt = mostSpecificReturnType(ms);
            // Self-typed builder methods (Lombok-style generics) erase to a supertype; keep the builder class.
            current = rt.isAssignableFrom(current) ? current : rt;
        }
        return current;
    }

    /** Bridge methods return erased supertypes; the most specific declared return type is the real one. */
    private static Class<?> mostSpecificReturnType(List<Method> ms) {
        Class<?> best = ms.get(0).getReturnType();
        for (Method m : ms) {
            if (best.isAssignableFrom(m.getReturnType())) {
                best = m.getReturnType();
            }
        }
        return best;
    }

    private static Object[] values(Executable target, List<Object> args) {
        Class<?>[] pt = target.getParameterTypes();
        Object[] out = new Object[args.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = value(pt[i], args.get(i));
        }
        return out;
    }

    private static Object value(Class<?> param, Object arg) {
        if (arg instanceof Recipe r) {
            return r.create();
        }
        if (arg instanceof RecipeArray ra) {
            Object arr = Array.newInstance(param.getComponentType(), ra.items().size());
            for (int i = 0; i < ra.items().size(); i++) {
                Array.set(arr, i, ra.items().get(i).create());
            }
            return arr;
        }
        if (arg instanceof Integer n && (param == long.class || param == Long.class)) {
            return n.longValue();
        }
        if (arg instanceof Integer n && (param == double.class || param == Double.class)) {
            return n.doubleValue();
        }
        if (arg instanceof Long n && (param == double.class || param == Double.class)) {
            return n.doubleValue();
        }
        if (arg instanceof int[] a) {
            return a.clone();
        }
        if (arg instanceof String[] a) {
            return a.clone();
        }
        return arg;
    }
}
