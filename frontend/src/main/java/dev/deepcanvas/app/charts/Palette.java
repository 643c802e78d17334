package dev.deepcanvas.app.charts;

import java.util.List;

/** Series colours that stay distinguishable when several runs are overlaid. */
public final class Palette {

    public static final String TRAIN = "#4f46e5";
    public static final String VALIDATION = "#f59e0b";
    public static final String METRIC = "#059669";

    private static final List<String> RUNS = List.of("#4f46e5", "#dc2626", "#059669", "#d97706", "#7c3aed",
            "#0891b2", "#be185d", "#65a30d");

    private Palette() {
    }

    public static String run(int index) {
        return RUNS.get(index % RUNS.size());
    }
}
