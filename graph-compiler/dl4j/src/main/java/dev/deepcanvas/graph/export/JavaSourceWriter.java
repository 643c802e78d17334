package dev.deepcanvas.graph.export;

import dev.deepcanvas.graph.compile.recipe.Arg;
import dev.deepcanvas.graph.compile.recipe.MethodRef;
import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.compile.recipe.Step;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Prints {@link Recipe}s as Java and collects the imports they need: each step's method reference names its
 * constructor or method ({@link MethodRef}), each argument is a literal or another recipe.
 *
 * <p>The code must compile for every graph the analyzer accepts, up to 20,000 nodes, so nothing grows without bound
 * in one place: a builder is kept in a variable and every node is one statement on it (javac overflows its stack on
 * one long call chain at about 800 nodes); a method holds at most {@link #STATEMENTS_PER_METHOD} statements (the JVM
 * caps a method at 64 KB of bytecode), a nested class at most {@link #METHODS_PER_CLASS} such methods (each class has
 * its own constant pool, capped at 65,535 entries); and an array of more than {@link #ARRAY_CHUNK} elements (the
 * inputs of a wide merge) is filled by helper methods chunk by chunk. A small graph still reads like hand-written
 * DL4J: one method, one statement per node.
 */
final class JavaSourceWriter {

    static final int STATEMENTS_PER_METHOD = 100;
    static final int METHODS_PER_CLASS = 10;
    static final int ARRAY_CHUNK = 200;
    private static final String INDENT = "    ";

    private final Map<String, Class<?>> imported = new HashMap<>();
    private final TreeSet<String> imports = new TreeSet<>();
    /** Simple names the generated class declares, which imports must not shadow. */
    private final Set<String> reserved = new HashSet<>();
    private final String className;
    /** Members added to the generated class after its own methods: nested classes and array helpers. */
    private final List<String> members = new ArrayList<>();
    private int helpers;
    private int nestedClasses;

    JavaSourceWriter(String className) {
        this.className = className;
        reserved.add(className);
    }

    TreeSet<String> imports() {
        return imports;
    }

    /** The nested classes and helper methods the rendered methods call, to be placed in the generated class. */
    List<String> members() {
        return members;
    }

    /**
     * The name to use for a class in source: its nested name after importing its top-level class, or its full name
     * where the simple name is taken (by another import or by the generated class itself).
     */
    String typeName(Class<?> cls) {
        Class<?> top = cls;
        while (top.getEnclosingClass() != null) {
            top = top.getEnclosingClass();
        }
        Class<?> existing = imported.get(top.getSimpleName());
        if ((existing != null && existing != top) || reserved.contains(top.getSimpleName())) {
            return cls.getCanonicalName();
        }
        if (existing == null && !top.getPackageName().equals("java.lang")) {
            imported.put(top.getSimpleName(), top);
            imports.add(top.getCanonicalName());
        }
        String canonical = cls.getCanonicalName();
        return canonical.substring(top.getPackageName().length() + 1);
    }

    /**
     * A method that builds the recipe's object: the steps up to the last one that makes a new object (a builder) go
     * into a variable of {@code builderType}, every call on that builder is one statement, and the method returns the
     * result of the final step.
     *
     * @param header the method's declaration up to its opening brace, e.g. {@code public static X configuration()}
     */
    String builderMethod(String header, Recipe<?> recipe, Class<?> builderType) {
        List<Step> steps = recipe.steps();
        int last = steps.size() - 1;
        int start = 0;
        for (int i = last - 1; i > 0; i--) {
            if (steps.get(i).returnsOther()) {
                start = i;
                break;
            }
        }
        String builder = typeName(builderType);
        StringBuilder sb = new StringBuilder();
        sb.append(INDENT).append(header).append(" {\n")
                .append(INDENT).append(INDENT).append(builder).append(" builder = ")
                .append(render(steps.subList(0, start + 1), "\n" + INDENT.repeat(4))).append(";\n");
        List<String> statements = new ArrayList<>();
        for (Step step : steps.subList(start + 1, last)) {
            statements.add("builder" + call(step) + ";");
        }
        if (statements.size() <= STATEMENTS_PER_METHOD) {
            statements.forEach(s -> sb.append(INDENT).append(INDENT).append(s).append('\n'));
        } else {
            for (String call : nestedClassesFor(statements, builder)) {
                sb.append(INDENT).append(INDENT).append(call).append('\n');
            }
        }
        Step finish = steps.get(last);
        sb.append(INDENT).append(INDENT).append("return builder")
                .append(finish.returnsOther() ? call(finish) : "").append(";\n")
                .append(INDENT).append("}\n");
        return sb.toString();
    }

    /**
     * Moves statements on {@code builder} into nested classes of {@link #METHODS_PER_CLASS} methods of
     * {@link #STATEMENTS_PER_METHOD} statements each; returns the calls that run them in order.
     */
    private List<String> nestedClassesFor(List<String> statements, String builderType) {
        List<String> calls = new ArrayList<>();
        int perClass = STATEMENTS_PER_METHOD * METHODS_PER_CLASS;
        for (int from = 0; from < statements.size(); from += perClass) {
            String nested = className + "Part" + (++nestedClasses);
            reserved.add(nested);
            List<String> part = statements.subList(from, Math.min(statements.size(), from + perClass));
            StringBuilder cls = new StringBuilder();
            cls.append(INDENT).append("/** Statements ").append(from + 1).append(" to ").append(from + part.size())
                    .append(" of the configuration above. */\n")
                    .append(INDENT).append("private static final class ").append(nested).append(" {\n\n")
                    .append(INDENT).append(INDENT).append("static void add(").append(builderType)
                    .append(" builder) {\n");
            StringBuilder methods = new StringBuilder();
            for (int m = 0; m * STATEMENTS_PER_METHOD < part.size(); m++) {
                List<String> chunk = part.subList(m * STATEMENTS_PER_METHOD,
                        Math.min(part.size(), (m + 1) * STATEMENTS_PER_METHOD));
                cls.append(INDENT.repeat(3)).append("add").append(m + 1).append("(builder);\n");
                methods.append('\n').append(INDENT).append(INDENT).append("private static void add").append(m + 1)
                        .append('(').append(builderType).append(" builder) {\n");
                chunk.forEach(s -> methods.append(INDENT.repeat(3)).append(s).append('\n'));
                methods.append(INDENT).append(INDENT).append("}\n");
            }
            cls.append(INDENT).append(INDENT).append("}\n").append(methods).append(INDENT).append("}\n");
            members.add(cls.toString());
            calls.add(nested + ".add(builder);");
        }
        return calls;
    }

    /** One builder call: {@code .name(arguments)}. */
    private String call(Step step) {
        MethodRef target = step.target();
        if (target.kind() != MethodRef.Kind.INSTANCE) {
            throw new IllegalStateException("Only the first step of a recipe makes an object; " + target
                    + " follows it");
        }
        return "." + target.name() + "(" + args(step.args(), target) + ")";
    }

    /** The recipe on one line. */
    String inline(Recipe<?> r) {
        return render(r.steps(), "");
    }

    private String render(List<Step> steps, String beforeCall) {
        StringBuilder sb = new StringBuilder(root(steps.get(0)));
        for (Step step : steps.subList(1, steps.size())) {
            sb.append(beforeCall).append(call(step));
        }
        return sb.toString();
    }

    private String root(Step step) {
        MethodRef target = step.target();
        String args = args(step.args(), target);
        return switch (target.kind()) {
            case CONSTRUCTOR -> "new " + typeName(target.owner()) + "(" + args + ")";
            case STATIC -> typeName(target.owner()) + "." + target.name() + "(" + args + ")";
            case INSTANCE -> throw new IllegalStateException("A recipe starts with a constructor or a static "
                    + "factory, not with " + target);
        };
    }

    private String args(List<Arg> args, MethodRef target) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            boolean spread = target.varArgs() && i == args.size() - 1;
            sb.append(arg(args.get(i), spread));
        }
        return sb.toString();
    }

    private String arg(Arg arg, boolean spreadArray) {
        if (arg instanceof Arg.Value v) {
            return value(v.value(), spreadArray);
        }
        if (arg instanceof Arg.Nested n) {
            return inline(n.recipe());
        }
        Arg.NestedArray a = (Arg.NestedArray) arg;
        List<String> items = new ArrayList<>();
        for (Recipe<?> item : a.items()) {
            items.add(inline(item));
        }
        return array(typeName(a.componentType()), items, spreadArray);
    }

    private String value(Object v, boolean spreadArray) {
        if (v instanceof int[] a) {
            List<String> items = new ArrayList<>();
            for (int x : a) {
                items.add(Integer.toString(x));
            }
            return array("int", items, spreadArray);
        }
        if (v instanceof String[] a) {
            List<String> items = new ArrayList<>();
            for (String x : a) {
                items.add(string(x));
            }
            return array(typeName(String.class), items, spreadArray);
        }
        if (v instanceof String s) {
            return string(s);
        }
        if (v instanceof Long l) {
            return l + "L";
        }
        if (v instanceof Double d) {
            return Double.toString(d);
        }
        if (v instanceof Enum<?> e) {
            return typeName(e.getDeclaringClass()) + "." + e.name();
        }
        return String.valueOf(v);
    }

    /**
     * An array argument: its elements spread over a varargs parameter or in an array literal, or, when there are more
     * than {@link #ARRAY_CHUNK}, a call to a helper method of the generated class that fills the array chunk by chunk
     * (nested classes call it by its class, which they see).
     */
    private String array(String componentType, List<String> items, boolean spread) {
        if (items.size() <= ARRAY_CHUNK) {
            String joined = String.join(", ", items);
            return spread ? joined : "new " + componentType + "[] {" + joined + "}";
        }
        String name = "array" + (++helpers);
        StringBuilder sb = new StringBuilder();
        sb.append(INDENT).append("private static ").append(componentType).append("[] ").append(name)
                .append("() {\n")
                .append(INDENT).append(INDENT).append(componentType).append("[] a = new ").append(componentType)
                .append('[').append(items.size()).append("];\n");
        StringBuilder fills = new StringBuilder();
        for (int from = 0, n = 1; from < items.size(); from += ARRAY_CHUNK, n++) {
            sb.append(INDENT).append(INDENT).append(name).append('_').append(n).append("(a);\n");
            fills.append('\n').append(INDENT).append("private static void ").append(name).append('_').append(n)
                    .append('(').append(componentType).append("[] a) {\n");
            for (int i = from; i < Math.min(items.size(), from + ARRAY_CHUNK); i++) {
                fills.append(INDENT).append(INDENT).append("a[").append(i).append("] = ").append(items.get(i))
                        .append(";\n");
            }
            fills.append(INDENT).append("}\n");
        }
        sb.append(INDENT).append(INDENT).append("return a;\n").append(INDENT).append("}\n").append(fills);
        members.add(sb.toString());
        return className + "." + name + "()";
    }

    static String string(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                default -> {
                    if (c < 0x20 || c > 0x7e) {
                        sb.append(String.format("\\u%04x", (int) c));
                    } else {
                        sb.append(c);
                    }
                }
            }
        }
        return sb.append('"').toString();
    }
}
