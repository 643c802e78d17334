package dev.deepcanvas.bench.quality;

import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads the colour of the one object in a colour picture, so that a GAN can be checked for the colours it never
 * draws: the mean colour of its brightest pixels (the object stands bright on a dark background in the shapes
 * data), matched to the nearest of the data's colours. Each colour's reference is learnt from the training
 * pictures whose captions name it, not typed in. A picture whose object colour is not closer to one colour than
 * half the distance between the two closest colours is read as no colour at all (mush, grey, mixtures).
 */
public final class ColourReader {

    /** Read as no colour. */
    public static final int NONE = -1;
    /**
     * Pixels that make up the object: fewer than the smallest shape covers (a small cross of radius 5 covers about
     * 58 of the 1,024), so that they are the object's own and not the background's.
     */
    static final int OBJECT_PIXELS = 24;

    private final List<String> colours;
    private final double[][] references;
    private final double radius;

    private ColourReader(List<String> colours, double[][] references) {
        this.colours = List.copyOf(colours);
        this.references = references;
        double closest = Double.MAX_VALUE;
        for (int a = 0; a < references.length; a++) {
            for (int b = a + 1; b < references.length; b++) {
                closest = Math.min(closest, distance(references[a], references[b]));
            }
        }
        this.radius = closest / 2;
    }

    /**
     * @param pictures training pictures [n, 3, h, w]
     * @param colourOf the colour word of each picture (from its caption), in the same order
     */
    public static ColourReader learn(INDArray pictures, List<String> colourOf) {
        List<String> colours = colourOf.stream().distinct().sorted().toList();
        double[][] sums = new double[colours.size()][3];
        int[] counts = new int[colours.size()];
        for (int i = 0; i < colourOf.size(); i++) {
            int c = colours.indexOf(colourOf.get(i));
            double[] rgb = objectColour(pictures, i);
            for (int k = 0; k < 3; k++) {
                sums[c][k] += rgb[k];
            }
            counts[c]++;
        }
        for (int c = 0; c < colours.size(); c++) {
            for (int k = 0; k < 3; k++) {
                sums[c][k] /= counts[c];
            }
        }
        return new ColourReader(colours, sums);
    }

    /** The colour words, in the order {@link #read} numbers them. */
    public List<String> colours() {
        return colours;
    }

    /** For each picture, the index of its colour in {@link #colours()}, or {@link #NONE}. */
    public int[] read(INDArray pictures) {
        int[] read = new int[(int) pictures.size(0)];
        INDArray floats = pictures.castTo(DataType.FLOAT);
        for (int i = 0; i < read.length; i++) {
            read[i] = nearest(objectColour(floats, i));
        }
        return read;
    }

    /** The share of the pictures read as each colour, in the order of {@link #colours()}. */
    public double[] shares(INDArray pictures) {
        double[] shares = new double[colours.size()];
        int[] read = read(pictures);
        for (int colour : read) {
            if (colour != NONE) {
                shares[colour] += 1.0 / read.length;
            }
        }
        return shares;
    }

    private int nearest(double[] rgb) {
        int best = NONE;
        double bestDistance = Double.MAX_VALUE;
        for (int c = 0; c < references.length; c++) {
            double d = distance(rgb, references[c]);
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return bestDistance < radius ? best : NONE;
    }

    /** The mean RGB of the {@value #OBJECT_PIXELS} pixels whose brightest channel is brightest. */
    static double[] objectColour(INDArray pictures, int i) {
        INDArray picture = pictures.slice(i).castTo(DataType.FLOAT).dup('c');
        int h = (int) picture.size(1);
        int w = (int) picture.size(2);
        float[] values = picture.data().asFloat();
        int plane = h * w;
        Integer[] order = new Integer[plane];
        double[] brightness = new double[plane];
        for (int p = 0; p < plane; p++) {
            order[p] = p;
            brightness[p] = Math.max(values[p], Math.max(values[plane + p], values[2 * plane + p]));
        }
        Arrays.sort(order, (a, b) -> Double.compare(brightness[b], brightness[a]));
        double[] rgb = new double[3];
        for (int k = 0; k < OBJECT_PIXELS; k++) {
            int p = order[k];
            for (int c = 0; c < 3; c++) {
                rgb[c] += values[c * plane + p] / (double) OBJECT_PIXELS;
            }
        }
        return rgb;
    }

    private static double distance(double[] a, double[] b) {
        double sum = 0;
        for (int k = 0; k < a.length; k++) {
            sum += (a[k] - b[k]) * (a[k] - b[k]);
        }
        return Math.sqrt(sum);
    }

    /** The colour words of captions such as "small red circle" (size, colour, shape). */
    public static List<String> colourWords(List<String> captions) {
        List<String> words = new ArrayList<>(captions.size());
        for (String caption : captions) {
            String[] parts = caption.split(" ");
            if (parts.length != 3) {
                throw new IllegalArgumentException("'" + caption + "' is not 'size colour shape'");
            }
            words.add(parts[1]);
        }
        return words;
    }
}
