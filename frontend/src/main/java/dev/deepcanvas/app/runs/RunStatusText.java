package dev.deepcanvas.app.runs;

import dev.deepcanvas.backend.training.RunState;

import java.util.Locale;

/** How statuses and figures read on screen, the same on every page. */
public final class RunStatusText {

    private RunStatusText() {
    }

    public static String of(RunState status) {
        String name = status.name().toLowerCase(Locale.ROOT);
        return Character.toUpperCase(name.charAt(0)) + name.substring(1);
    }

    /** The Lumo badge variant for a status. */
    public static String badgeTheme(RunState status) {
        return switch (status) {
            case SUCCEEDED -> "badge success";
            case FAILED -> "badge error";
            case RUNNING, QUEUED -> "badge";
            case CANCELLED, INTERRUPTED -> "badge contrast";
        };
    }

    public static String percent(Double fraction) {
        return fraction == null ? "–" : String.format(Locale.ROOT, "%.1f%%", fraction * 100);
    }

    public static String loss(Double loss) {
        return loss == null ? "–" : String.format(Locale.ROOT, "%.4f", loss);
    }
}
