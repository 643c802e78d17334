package dev.deepcanvas.backend.dataset.builtin;

import java.util.List;

/**
 * What one synthetic 32×32 picture shows: a single shape of some colour and size at some place. The caption and the
 * class label are read off this description, never off the pixels.
 */
record ShapeScene(int shape, int colour, boolean large, double centreX, double centreY, double radius) {

    static final List<String> SHAPES = List.of("circle", "square", "triangle", "diamond", "cross");
    static final List<String> COLOURS = List.of("red", "green", "blue", "yellow", "white");
    static final List<String> SIZES = List.of("small", "large");
    /** RGB in [0, 1] of each colour name before jitter; far apart so the name is never ambiguous. */
    static final double[][] RGB = {
            {0.90, 0.15, 0.15}, {0.15, 0.80, 0.20}, {0.20, 0.35, 0.95}, {0.95, 0.90, 0.15}, {0.95, 0.95, 0.95}};

    /** "small red circle". */
    String caption() {
        return String.join(" ", captionWords());
    }

    List<String> captionWords() {
        return List.of(SIZES.get(large ? 1 : 0), COLOURS.get(colour), SHAPES.get(shape));
    }

    /** Whether a point, in pixels relative to the centre (y downwards), lies inside the shape. */
    boolean covers(double dx, double dy) {
        double r = radius;
        return switch (shape) {
            case 0 -> dx * dx + dy * dy <= r * r;
            case 1 -> Math.abs(dx) <= 0.85 * r && Math.abs(dy) <= 0.85 * r;
            // Apex up at (0, -r), base from (-r, 0.8r) to (r, 0.8r).
            case 2 -> dy >= -r && dy <= 0.8 * r && Math.abs(dx) <= (dy + r) / 1.8;
            case 3 -> Math.abs(dx) + Math.abs(dy) <= 1.15 * r;
            case 4 -> (Math.abs(dx) <= 0.35 * r && Math.abs(dy) <= r) || (Math.abs(dy) <= 0.35 * r && Math.abs(dx) <= r);
            default -> throw new IllegalStateException("unknown shape " + shape);
        };
    }
}
