package dev.deepcanvas.backend.dataset.parsing;

/** Reading numbers from CSV cells: plain decimal notation only, so "NaN", "1e400" and "0x10" are not numbers. */
public final class Numbers {

    private Numbers() {
    }

    public static boolean isNumber(String cell) {
        return parse(cell) != null;
    }

    /** The value of a cell, or null when it is not a finite decimal number. */
    public static Double parse(String cell) {
        String s = cell.trim();
        if (!s.matches("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?")) {
            return null;
        }
        double value = Double.parseDouble(s);
        return Double.isFinite(value) ? value : null;
    }
}
