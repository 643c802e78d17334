package dev.deepcanvas.backend.node;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The part a process plays in an installation. One jar plays all three; {@code deepcanvas.role} (environment variable
 * {@code DEEPCANVAS_ROLE}) chooses.
 */
public enum NodeRole {
    /** Pages and training in one process: the default, and the only role on the embedded H2 database. */
    ALL,
    /** Pages only: it queues runs and shows them, and never trains. */
    WEB,
    /** Training only: no pages and no open port; it takes queued runs from the shared database and trains them. */
    WORKER;

    public static final String PROPERTY = "deepcanvas.role";
    public static final String ENVIRONMENT_VARIABLE = "DEEPCANVAS_ROLE";

    /** Whether this process takes runs from the queue and trains them. */
    public boolean trains() {
        return this != WEB;
    }

    /** Whether this process serves the pages (and so has a web server). */
    public boolean servesPages() {
        return this != WORKER;
    }

    /** The name as it is configured and shown: {@code all}, {@code web} or {@code worker}. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The role named by a setting; blank means the default, {@link #ALL}.
     *
     * @throws IllegalArgumentException naming the bad value and the good ones
     */
    public static NodeRole parse(String value) {
        if (value == null || value.isBlank()) {
            return ALL;
        }
        for (NodeRole role : values()) {
            if (role.key().equals(value.strip().toLowerCase(Locale.ROOT))) {
                return role;
            }
        }
        throw new IllegalArgumentException("Unknown role '" + value.strip() + "': set " + ENVIRONMENT_VARIABLE
                + " (or --" + PROPERTY + "=) to one of " + Arrays.stream(values()).map(NodeRole::key)
                .collect(Collectors.joining(", ")) + ".");
    }
}
