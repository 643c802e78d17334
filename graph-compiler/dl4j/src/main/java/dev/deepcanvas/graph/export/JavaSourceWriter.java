package dev.deepcanvas.graph.export;

import dev.deepcanvas.graph.compile.recipe.Recipe;

import java.lang.reflect.Executable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * Prints {@link Recipe}s as Java expressions and collects the imports they need. Top-level builder chains are
 * printed one call per line; nested recipes inline.
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
    String chain(Recipe r, String indent) {
        List<Executable> targets = r.executables();
        StringBuilder sb = new StringBuilder(root(r, targets.get(0)));
        for (int i = 0; i < r.calls().size(); i++) {
            Recipe.Call c = r.calls().get(i);
            sb.append('\n').append(indent).append('.').append(c.method()).append('(')
                    .append(args(c.args(), targets.get(i + 1))).append(')');
        }
        return sb.toString();
    }

    /** The recipe on one line. */
    String inline(Recipe r) {
        List<Executable> targets = r.executables();
        StringBuilder sb = new StringBuilder(root(r, targets.get(0)));
        for (int i = 0; i < r.calls().size(); i++) {
            Recipe.Call c = r.calls().get(i);
            sb.append('.').append(c.method()).append('(').append(args(c.args(), targets.get(i + 1))).append(')');
        }
        return sb.toString();
    }

    private String root(Recipe r, Executable target) {
        String args = args(r.rootArgs(), target);
        if (r.rootKind() == Recipe.RootKind.CONSTRUCT) {
            return "new " + typeName(r.type()) + "(" + args + ")";
        }
        return typeName(r.type()) + "." + r.staticMethod() + "(" + args + ")";
    }

    private String args(List<Object> args, Executable target) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            boolean spread = target.isVarArgs() && i == args.size() - 1;
            sb.append(value(args.get(i), spread));
        }
        return sb.toString();
    }

    private String value(Object v, boolean spreadArray) {
        if (v instanceof Recipe r) {
            return inline(r);
        }
        if (v instanceof Recipe.RecipeArray ra) {
            StringBuilder sb = new StringBuilder();
            for (Recipe item : ra.items()) {
                sb.append(sb.isEmpty() ? "" : ", ").append(inline(item));
            }
            return spreadArray ? sb.toString() : "new " + typeName(ra.componentType()) + "[] {" + sb + "}";
        }
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
