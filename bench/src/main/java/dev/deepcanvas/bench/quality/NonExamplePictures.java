package dev.deepcanvas.bench.quality;

import dev.deepcanvas.backend.training.run.Permutation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.Random;

/**
 * Pictures in the format of a picture dataset (the same channels, size and pixel value range) that are not a clean
 * example of any of its classes: the "none of these" class a {@link Judge strict judge} learns. Generated in code
 * from a seed, nothing downloaded; picture i is of kind {@code KINDS[i mod 6]}, so the kinds are equally frequent.
 *
 * <p>The kinds, and why each is there:
 * <ul>
 *   <li>{@link Kind#UNIFORM_NOISE}: every value uniform over the range. A judge that accepts this cannot tell
 *       pictures from noise, which is exactly what made the template judge's figure meaningless.</li>
 *   <li>{@link Kind#GAUSSIAN_NOISE}: per channel a random mean and a spread of 5–30% of the range: noise that is
 *       tinted and not full-range, like a generator's early texture.</li>
 *   <li>{@link Kind#BLANK}: one random colour with faint pixel noise (σ = 4% of the range): an empty picture, the
 *       background without its object.</li>
 *   <li>{@link Kind#BLOTCHES}: per channel a random coarse grid (2×2 to 5×5) of values, smoothly interpolated:
 *       soft coloured regions without edges or form, what a blurry generator makes.</li>
 *   <li>{@link Kind#SCRAMBLED}: a real picture cut into a 4×4 grid of tiles put back in an order that moves every
 *       tile (pixels beyond a whole tile stay): the real colours and pieces of edges, the form broken. It stops
 *       the judge from accepting a picture for its colours or its edge fragments alone.</li>
 *   <li>{@link Kind#BLEND}: the average of two real pictures of different classes: two half-visible objects,
 *       neither a clean example of its class.</li>
 * </ul>
 * Real pictures must come from the training part only, so held-out pictures stay unseen.
 */
public final class NonExamplePictures {

    public enum Kind { UNIFORM_NOISE, GAUSSIAN_NOISE, BLANK, BLOTCHES, SCRAMBLED, BLEND }

    static final Kind[] KINDS = Kind.values();
    private static final int TILES = 4;

    private final INDArray real;
    private final int[] realClasses;
    private final int channels;
    private final int height;
    private final int width;
    private final double low;
    private final double high;

    /**
     * @param realPictures training pictures, [n, channels, height, width]: they give the format and range, and the
     *                     material of the scrambled and blended kinds
     * @param realLabels   their one-hot labels, [n, classes]
     */
    public NonExamplePictures(INDArray realPictures, INDArray realLabels) {
        if (realPictures.rank() != 4) {
            throw new IllegalArgumentException("pictures must be [n, channels, height, width], not "
                    + java.util.Arrays.toString(realPictures.shape()));
        }
        this.real = realPictures;
        this.realClasses = realLabels.argMax(1).toIntVector();
        this.channels = (int) realPictures.size(1);
        this.height = (int) realPictures.size(2);
        this.width = (int) realPictures.size(3);
        this.low = realPictures.minNumber().doubleValue();
        this.high = realPictures.maxNumber().doubleValue();
    }

    /** {@code count} pictures, [count, channels, height, width], kinds in turn, the same for the same seed. */
    public INDArray generate(int count, long seed) {
        Random random = new Random(seed);
        int size = channels * height * width;
        float[] out = new float[count * size];
        for (int i = 0; i < count; i++) {
            float[] picture = paint(KINDS[i % KINDS.length], random);
            System.arraycopy(picture, 0, out, i * size, size);
        }
        return Nd4j.create(out, new long[]{count, channels, height, width}, DataType.FLOAT);
    }

    /** {@code count} pictures of uniform noise over the real pictures' range, the same for the same seed. */
    public INDArray uniformNoise(int count, long seed) {
        return generate(Kind.UNIFORM_NOISE, count, seed);
    }

    /** {@code count} pictures of one kind, the same for the same seed. */
    public INDArray generate(Kind kind, int count, long seed) {
        Random random = new Random(seed);
        int size = channels * height * width;
        float[] out = new float[count * size];
        for (int i = 0; i < count; i++) {
            System.arraycopy(paint(kind, random), 0, out, i * size, size);
        }
        return Nd4j.create(out, new long[]{count, channels, height, width}, DataType.FLOAT);
    }

    float[] paint(Kind kind, Random random) {
        float[] picture = switch (kind) {
            case UNIFORM_NOISE -> uniform(random);
            case GAUSSIAN_NOISE -> gaussian(random);
            case BLANK -> blank(random);
            case BLOTCHES -> blotches(random);
            case SCRAMBLED -> scrambled(random);
            case BLEND -> blend(random);
        };
        for (int p = 0; p < picture.length; p++) {
            picture[p] = (float) Math.max(low, Math.min(high, picture[p]));
        }
        return picture;
    }

    private float[] uniform(Random random) {
        float[] picture = new float[channels * height * width];
        for (int p = 0; p < picture.length; p++) {
            picture[p] = (float) inRange(random.nextDouble());
        }
        return picture;
    }

    private float[] gaussian(Random random) {
        float[] picture = new float[channels * height * width];
        for (int c = 0; c < channels; c++) {
            double mean = inRange(random.nextDouble());
            double sigma = (0.05 + 0.25 * random.nextDouble()) * (high - low);
            for (int p = 0; p < height * width; p++) {
                picture[c * height * width + p] = (float) (mean + sigma * random.nextGaussian());
            }
        }
        return picture;
    }

    private float[] blank(Random random) {
        float[] picture = new float[channels * height * width];
        for (int c = 0; c < channels; c++) {
            double colour = inRange(random.nextDouble());
            for (int p = 0; p < height * width; p++) {
                picture[c * height * width + p] = (float) (colour + 0.04 * (high - low) * random.nextGaussian());
            }
        }
        return picture;
    }

    private float[] blotches(Random random) {
        int grid = 2 + random.nextInt(4);
        float[] picture = new float[channels * height * width];
        for (int c = 0; c < channels; c++) {
            double[][] knots = new double[grid][grid];
            for (double[] row : knots) {
                for (int k = 0; k < grid; k++) {
                    row[k] = inRange(random.nextDouble());
                }
            }
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    picture[(c * height + y) * width + x] = (float) bilinear(knots, grid,
                            y * (grid - 1.0) / (height - 1), x * (grid - 1.0) / (width - 1));
                }
            }
        }
        return picture;
    }

    private static double bilinear(double[][] knots, int grid, double gy, double gx) {
        int y0 = Math.min((int) gy, grid - 2);
        int x0 = Math.min((int) gx, grid - 2);
        double fy = gy - y0;
        double fx = gx - x0;
        double top = knots[y0][x0] * (1 - fx) + knots[y0][x0 + 1] * fx;
        double bottom = knots[y0 + 1][x0] * (1 - fx) + knots[y0 + 1][x0 + 1] * fx;
        return top * (1 - fy) + bottom * fy;
    }

    private float[] scrambled(Random random) {
        float[] source = realPicture(random.nextInt(realClasses.length));
        float[] picture = source.clone();
        int[] order = derangement(TILES * TILES, random);
        int tileHeight = height / TILES;
        int tileWidth = width / TILES;
        for (int to = 0; to < order.length; to++) {
            int from = order[to];
            for (int c = 0; c < channels; c++) {
                for (int dy = 0; dy < tileHeight; dy++) {
                    for (int dx = 0; dx < tileWidth; dx++) {
                        int sy = (from / TILES) * tileHeight + dy;
                        int sx = (from % TILES) * tileWidth + dx;
                        int ty = (to / TILES) * tileHeight + dy;
                        int tx = (to % TILES) * tileWidth + dx;
                        picture[(c * height + ty) * width + tx] = source[(c * height + sy) * width + sx];
                    }
                }
            }
        }
        return picture;
    }

    /** A random order of 0..n-1 in which nothing stays in its place (so no tile is left where it was). */
    private static int[] derangement(int n, Random random) {
        int[] order;
        boolean moved;
        do {
            order = Permutation.random(n, random);
            moved = true;
            for (int i = 0; i < n; i++) {
                moved &= order[i] != i;
            }
        } while (!moved);
        return order;
    }

    private float[] blend(Random random) {
        int first = random.nextInt(realClasses.length);
        int second;
        do {
            second = random.nextInt(realClasses.length);
        } while (realClasses[second] == realClasses[first]);
        float[] a = realPicture(first);
        float[] b = realPicture(second);
        float[] picture = new float[a.length];
        for (int p = 0; p < a.length; p++) {
            picture[p] = (a[p] + b[p]) / 2;
        }
        return picture;
    }

    private float[] realPicture(int row) {
        return real.get(NDArrayIndex.point(row)).dup('c').castTo(DataType.FLOAT).data().asFloat();
    }

    private double inRange(double unit) {
        return low + unit * (high - low);
    }
}
