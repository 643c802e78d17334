package dev.deepcanvas.bench.gan;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.Arrays;
import java.util.Locale;

/**
 * How big drawn objects are and how far they wander, read off the pixels: the object is every pixel whose brightest
 * channel exceeds {@value #THRESHOLD} (the shapes data set's background is at most 0.3 per channel, plus noise of
 * σ = 0.04; its shapes have a channel near 1). A judge that names shapes says nothing about their size or place, and
 * the Fréchet distance says only that something is off; these figures say what, when a generator draws every object
 * the same size in the middle while the data has small and large ones anywhere.
 *
 * @param areaP5  the 5th percentile of the object's area, in pixels
 * @param areaP50 the median area
 * @param areaP95 the 95th percentile
 * @param spreadX the standard deviation of the objects' centres across the pictures, in pixels
 * @param spreadY the same, down
 */
record ObjectExtent(double areaP5, double areaP50, double areaP95, double spreadX, double spreadY) {

    static final double THRESHOLD = 0.45;

    /** Of pictures {@code [n, channels, height, width]} in [0, 1]; a picture without an object counts as empty, centred. */
    static ObjectExtent of(INDArray pictures) {
        if (pictures.rank() != 4) {
            throw new IllegalArgumentException("expected pictures [n, channels, height, width], got "
                    + Arrays.toString(pictures.shape()));
        }
        int n = (int) pictures.size(0);
        int channels = (int) pictures.size(1);
        int height = (int) pictures.size(2);
        int width = (int) pictures.size(3);
        float[] values = pictures.castTo(DataType.FLOAT).dup('c').data().asFloat();
        double[] areas = new double[n];
        double[] centreX = new double[n];
        double[] centreY = new double[n];
        int plane = height * width;
        for (int i = 0; i < n; i++) {
            double count = 0;
            double sumX = 0;
            double sumY = 0;
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    float brightest = Float.NEGATIVE_INFINITY;
                    for (int c = 0; c < channels; c++) {
                        brightest = Math.max(brightest, values[(i * channels + c) * plane + y * width + x]);
                    }
                    if (brightest > THRESHOLD) {
                        count++;
                        sumX += x;
                        sumY += y;
                    }
                }
            }
            areas[i] = count;
            centreX[i] = count > 0 ? sumX / count : (width - 1) / 2.0;
            centreY[i] = count > 0 ? sumY / count : (height - 1) / 2.0;
        }
        Arrays.sort(areas);
        return new ObjectExtent(percentile(areas, 5), percentile(areas, 50), percentile(areas, 95),
                spread(centreX), spread(centreY));
    }

    /** "area 66 / 146 / 458 px (5th / 50th / 95th percentile), centres spread 3.9 × 4.1 px". */
    String describe() {
        return String.format(Locale.ROOT, "area %.0f / %.0f / %.0f px (5th / 50th / 95th percentile), centres spread "
                + "%.1f × %.1f px", areaP5, areaP50, areaP95, spreadX, spreadY);
    }

    /** Nearest-rank percentile of sorted values. */
    private static double percentile(double[] sorted, int p) {
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, rank - 1)];
    }

    private static double spread(double[] values) {
        double mean = Arrays.stream(values).average().orElse(0);
        return Math.sqrt(Arrays.stream(values).map(v -> (v - mean) * (v - mean)).average().orElse(0));
    }
}
