package dev.deepcanvas.graph.export;

import javax.lang.model.SourceVersion;
import java.util.Set;

/**
 * The class and package names an export may use: what javac accepts as a top-level class in a named package, with a
 * message saying why a name is refused and what would do instead.
 */
final class JavaNames {

    /** Identifiers that are not keywords but cannot name a class (Java 10 to 17). */
    private static final Set<String> RESTRICTED_TYPE_NAMES = Set.of("var", "yield", "record", "sealed", "permits");
    /**
     * The first segments of the packages generated code may name in full (when two imported classes share a simple
     * name): a class of that name would hide the package.
     */
    private static final Set<String> PACKAGE_ROOTS = Set.of("java", "javax", "org", "dev");

    private JavaNames() {
    }

    /** @throws IllegalArgumentException saying why {@code name} cannot name the generated class */
    static void checkClassName(String name) {
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("The class name is empty; give one such as MyModel.");
        }
        if (SourceVersion.isKeyword(name, SourceVersion.RELEASE_17) || RESTRICTED_TYPE_NAMES.contains(name)) {
            throw new IllegalArgumentException("\"" + name + "\" is a reserved word in Java and cannot name a class;"
                    + " choose another name, such as " + capitalised(name) + "Model.");
        }
        if (!SourceVersion.isIdentifier(name)) {
            throw new IllegalArgumentException("\"" + name + "\" is not a Java class name: it must start with a "
                    + "letter, _ or $ and contain only letters, digits, _ and $ (such as MyModel).");
        }
        if (PACKAGE_ROOTS.contains(name)) {
            throw new IllegalArgumentException("\"" + name + "\" would hide the package " + name + " that the "
                    + "generated code refers to; choose another class name, such as " + capitalised(name) + "Model.");
        }
    }

    /** @throws IllegalArgumentException saying why {@code name} cannot be the package; null or empty is fine */
    static void checkPackageName(String name) {
        if (name == null || name.isEmpty()) {
            return;
        }
        for (String segment : name.split("\\.", -1)) {
            if (segment.isEmpty()) {
                throw new IllegalArgumentException("\"" + name + "\" is not a Java package name: it has an empty "
                        + "part (names are separated by single dots, as in com.example.models).");
            }
            if (SourceVersion.isKeyword(segment, SourceVersion.RELEASE_17)) {
                throw new IllegalArgumentException("\"" + name + "\" is not a Java package name: \"" + segment
                        + "\" is a reserved word in Java. Choose another, such as " + segment + "s.");
            }
            if (!SourceVersion.isIdentifier(segment)) {
                throw new IllegalArgumentException("\"" + name + "\" is not a Java package name: \"" + segment
                        + "\" must start with a letter or _ and contain only letters, digits and _ (as in "
                        + "com.example.models).");
            }
        }
        if (name.equals("java") || name.startsWith("java.")) {
            throw new IllegalArgumentException("\"" + name + "\" is reserved for the Java platform's own classes; "
                    + "choose another package, such as com.example.models.");
        }
    }

    private static String capitalised(String name) {
        return name.isEmpty() ? "My" : Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }
}
