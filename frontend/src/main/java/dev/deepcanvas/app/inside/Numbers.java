package dev.deepcanvas.app.inside;

import java.util.Locale;

/** How the Inside view writes an activation: three significant decimals, whatever its size. */
final class Numbers {

    private Numbers() {
    }

    static String of(double value) {
        double size = Math.abs(value);
        if (size != 0 && (size >= 10_000 || size < 0.001)) {
            return String.format(Locale.ROOT, "%.2e", value);
        }
        return String.format(Locale.ROOT, "%.3f", value);
    }
}
