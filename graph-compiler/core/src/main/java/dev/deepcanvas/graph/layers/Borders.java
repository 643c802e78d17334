package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.ProblemCode;

import java.util.List;

/** Reads Keras-style border amounts: [all], [vertical, horizontal] or [top, bottom, left, right]. */
public final class Borders {

    private Borders() {
    }

    /** {top, bottom, left, right}, or null when the list has 3 or more than 4 numbers. */
    public static int[] of(List<Integer> v) {
        return switch (v.size()) {
            case 1 -> new int[] {v.get(0), v.get(0), v.get(0), v.get(0)};
            case 2 -> new int[] {v.get(0), v.get(0), v.get(1), v.get(1)};
            case 4 -> new int[] {v.get(0), v.get(1), v.get(2), v.get(3)};
            default -> null;
        };
    }

    static ShapeResult bad(String type, String name, int size) {
        return ShapeResult.fail(ProblemCode.BAD_PARAM, type + " \"" + name + "\" takes 1 number (all sides), 2 "
                + "([vertical, horizontal]) or 4 ([top, bottom, left, right]), not " + size + ".");
    }
}
