package dev.deepcanvas.backend.dataset.builtin;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.Random;

/**
 * Paints the synthetic coloured-shape pictures: 32×32 RGB, values in [0, 1], DL4J's NCHW layout.
 *
 * <p>The rule, so the UI can state it: sample i shows shape {@code i mod 5} (so every class is equally frequent);
 * colour (5 names, each channel jittered by up to ±0.08), size (small: radius 5–7 px, large: 10–13 px) and centre
 * (anywhere the shape fits) are drawn uniformly; the background is a random dark colour (each channel 0–0.3) with
 * Gaussian pixel noise (σ = 0.04). Edges are anti-aliased by 4×4 supersampling.
 */
final class ShapeImages {

    static final int SIDE = 32;
    static final int CHANNELS = 3;
    private static final int SUPERSAMPLE = 4;

    private final ShapeScene[] scenes;
    private final float[] pixels;

    private ShapeImages(ShapeScene[] scenes, float[] pixels) {
        this.scenes = scenes;
        this.pixels = pixels;
    }

    static ShapeImages generate(int count, long seed) {
        Random random = new Random(seed);
        ShapeScene[] scenes = new ShapeScene[count];
        float[] pixels = new float[count * CHANNELS * SIDE * SIDE];
        for (int i = 0; i < count; i++) {
            scenes[i] = randomScene(i % ShapeScene.SHAPES.size(), random);
            paint(scenes[i], random, pixels, i * CHANNELS * SIDE * SIDE);
        }
        return new ShapeImages(scenes, pixels);
    }

    int count() {
        return scenes.length;
    }

    ShapeScene scene(int i) {
        return scenes[i];
    }

    /** Samples [from, to) as a [n, 3, 32, 32] array (a copy, so the parts of a dataset do not share memory). */
    INDArray images(int from, int to) {
        int perImage = CHANNELS * SIDE * SIDE;
        float[] part = java.util.Arrays.copyOfRange(pixels, from * perImage, to * perImage);
        return Nd4j.create(part, new long[]{to - from, CHANNELS, SIDE, SIDE}, DataType.FLOAT);
    }

    private static ShapeScene randomScene(int shape, Random random) {
        int colour = random.nextInt(ShapeScene.COLOURS.size());
        boolean large = random.nextBoolean();
        double radius = large ? 10 + 3 * random.nextDouble() : 5 + 2 * random.nextDouble();
        double margin = radius + 1;
        double cx = margin + random.nextDouble() * (SIDE - 2 * margin);
        double cy = margin + random.nextDouble() * (SIDE - 2 * margin);
        return new ShapeScene(shape, colour, large, cx, cy, radius);
    }

    private static void paint(ShapeScene scene, Random random, float[] out, int offset) {
        double[] background = new double[CHANNELS];
        double[] colour = new double[CHANNELS];
        for (int c = 0; c < CHANNELS; c++) {
            background[c] = 0.3 * random.nextDouble();
            colour[c] = clamp(ShapeScene.RGB[scene.colour()][c] + 0.16 * (random.nextDouble() - 0.5));
        }
        double step = 1.0 / SUPERSAMPLE;
        for (int y = 0; y < SIDE; y++) {
            for (int x = 0; x < SIDE; x++) {
                int inside = 0;
                for (int sy = 0; sy < SUPERSAMPLE; sy++) {
                    for (int sx = 0; sx < SUPERSAMPLE; sx++) {
                        double px = x + (sx + 0.5) * step;
                        double py = y + (sy + 0.5) * step;
                        if (scene.covers(px - scene.centreX(), py - scene.centreY())) {
                            inside++;
                        }
                    }
                }
                double coverage = inside / (double) (SUPERSAMPLE * SUPERSAMPLE);
                for (int c = 0; c < CHANNELS; c++) {
                    double value = coverage * colour[c] + (1 - coverage) * background[c] + 0.04 * random.nextGaussian();
                    out[offset + (c * SIDE + y) * SIDE + x] = (float) clamp(value);
                }
            }
        }
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }
}
