package dev.deepcanvas.graph.export;

import dev.deepcanvas.graph.compile.recipe.Arg;
import dev.deepcanvas.graph.compile.recipe.MethodRef;
import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.compile.recipe.Step;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Prints {@link Recipe}s as Java expressions and collects the imports they need: each step's method reference
 * names its constructor or method ({@link MethodRef}), each argument is a literal or another recipe. Top-level
 * builder chains are printed one call per line; nested recipes inline.
 */
final class JavaSourceWriter {

    private final Map<String, Class<?>> imported = new HashMap<>();
    private final TreeSet<String> imports = new TreeSet<>();

    TreeSet<String> imports() {
        return imports;
    }

    /** The name to use for a class in source: its nested name after importing its top-level class. */
    String typeName(Class<?> cls) {
        Class<?> top = cls;
        while (top.getEnclosingClass() != null) {
            top = top.getEnclosingClass();
        }
        Class<?> existing = imported.get(top.getSimpleName());
        if (existing != null && existing != top) {
            return cls.getCanonicalName();
        }
        if (existing == null && !top.getPackageName().equals("java.lang")) {
            imported.put(top.getSimpleName(), top);
            imports.add(top.getCanonicalName());
        }
        String canonical = cls.getCanonicalName();
        return canonical.substring(top.getPackageName().length() + 1);
    }

    /** The recipe as a multi-line chain, continuation lines indented by {@code indent}. */
    String chain(Recipe<?> r, String indent) {
        return render(r, "\n" + indent);
    }

    /** The recipe on one line. */
    String inline(Recipe<?> r) {
        return render(r, "");
    }

    private String render(Recipe<?> r, String beforeCall) {
        List<Step> steps = r.steps();
        StringBuilder sb = new StringBuilder(root(steps.get(0)));
        for (Step step : steps.subList(1, steps.size())) {
            MethodRef target = step.target();
            if (target.kind() != MethodRef.Kind.INSTANCE) {
                throw new IllegalStateException("Only the first step of a recipe makes an object; " + target
                        + " follows it");
            }
            sb.append(beforeCall).append('.').append(target.name()).append('(').append(args(step.args(), target))
                    .append(')');
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
        StringBuilder sb = new StringBuilder();
        for (Recipe<?> item : a.items()) {
            sb.append(sb.isEmpty() ? "" : ", ").append(inline(item));
        }
        return spreadArray ? sb.toString() : "new " + typeName(a.componentType()) + "[] {" + sb + "}";
    }

    private String value(Object v, boolean spreadArray) {
        if (v instanceof int[] a) {
            StringBuilder sb = new StringBuilder();
            for (int x : a) {
                sb.append(sb.isEmpty() ? "" : ", ").append(x);
            }
            return spreadArray ? sb.toString() : "new int[] {" + sb + "}";
        }
        if (v instanceof String[] a) {
            StringBuilder sb = new StringBuilder();
            for (String x : a) {
                sb.append(sb.isEmpty() ? "" : ", ").append(string(x));
            }
            return spreadArray ? sb.toString() : "new String[] {" + sb + "}";
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
