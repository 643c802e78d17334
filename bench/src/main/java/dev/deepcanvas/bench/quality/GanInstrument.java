package dev.deepcanvas.bench.quality;

import dev.deepcanvas.backend.dataset.DatasetPart;
import dev.deepcanvas.backend.dataset.DatasetSplit;
import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.backend.training.gan.GanCondition;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures generated pictures the way a GAN researcher would, with instruments of the project's own: the strict
 * judge of the data (its network trained with a "none of these" class) says which pictures it accepts and as what
 * class, the same judge's last hidden layer gives the features of a Fréchet distance to held-out real pictures, and,
 * for colour data, a {@link ColourReader} says which colours are drawn at all.
 *
 * <p>Held-out pictures, never trained on by the generator or the judge, play two parts: the <em>reference</em> that
 * the distance is measured to (the test part), and a <em>second real sample</em> of {@value #SAMPLES} pictures (the
 * validation part, or the test part's last {@value #SAMPLES} where there is none, which the reference then leaves
 * out), whose distance to the reference is the floor a perfect generator would reach at this sample size.
 */
public final class GanInstrument {

    /** Pictures judged per set: generated samples, and every reference set. */
    public static final int SAMPLES = 500;
    /** The noise reference's own seed, distinct from every training and sampling seed. */
    static final long NOISE_SEED = 15_485_863L;
    static final long BLOTCH_SEED = 32_452_843L;

    private final Judge judge;
    private final List<String> classNames;
    private final INDArray referenceFeatures;
    private final DatasetSplit secondSample;
    private final ColourReader colours;
    private final NonExamplePictures format;

    private GanInstrument(Judge judge, List<String> classNames, INDArray referenceFeatures, DatasetSplit secondSample,
                          ColourReader colours, NonExamplePictures format) {
        this.judge = judge;
        this.classNames = List.copyOf(classNames);
        this.referenceFeatures = referenceFeatures;
        this.secondSample = secondSample;
        this.colours = colours;
        this.format = format;
    }

    /** @param strictJudge the strict judge of this data ({@link StrictJudgeTrainer}) */
    public static GanInstrument of(Judge strictJudge, PreparedDataset data) {
        DatasetSplit test = data.part(DatasetPart.TEST).orElseThrow();
        DatasetSplit validation = data.part(DatasetPart.VALIDATION).orElse(null);
        DatasetSplit reference;
        DatasetSplit second;
        if (validation != null && validation.size() >= SAMPLES) {
            reference = test;
            second = slice(validation, 0, SAMPLES);
        } else {
            if (test.size() < 2 * SAMPLES) {
                throw new IllegalArgumentException("'" + data.title() + "' holds out " + test.size()
                        + " pictures; a GAN's measurement needs " + 2 * SAMPLES);
            }
            reference = slice(test, 0, test.size() - SAMPLES);
            second = slice(test, test.size() - SAMPLES, test.size());
        }
        DatasetSplit train = data.part(DatasetPart.TRAIN).orElseThrow();
        INDArray trainPictures = train.features().get(0);
        ColourReader colours = coloured(train) ? ColourReader.learn(trainPictures,
                ColourReader.colourWords(train.texts())) : null;
        return new GanInstrument(strictJudge, data.classNames(),
                JudgeFeatures.of(strictJudge, reference.features().get(0)), second, colours,
                new NonExamplePictures(trainPictures, train.labels().get(0)));
    }

    /** Colour pictures with captions that name their colour ("small red circle"). */
    private static boolean coloured(DatasetSplit train) {
        return train.features().get(0).size(1) == 3 && !train.texts().isEmpty()
                && train.texts().get(0).split(" ").length == 3;
    }

    public List<String> classNames() {
        return classNames;
    }

    /** The colour words, or an empty list for data without colours. */
    public List<String> colourNames() {
        return colours == null ? List.of() : colours.colours();
    }

    /**
     * @param pictures [n, c, h, w]
     * @param askedFor for a conditional generator, the conditions it was asked for, [n, width], the class one-hot
     *                 first ({@link GanCondition}); else null
     */
    public GanFigures measure(INDArray pictures, INDArray askedFor) {
        int n = (int) pictures.size(0);
        int[] acceptedAs = judge.acceptedClasses(pictures);
        int[] asked = askedFor == null ? null : GanCondition.askedClasses(askedFor, classNames.size());
        double[] perClass = new double[classNames.size()];
        int accepted = 0;
        for (int i = 0; i < n; i++) {
            boolean counts = acceptedAs[i] != Judge.REJECTED && (asked == null || asked[i] == acceptedAs[i]);
            if (counts) {
                accepted++;
                perClass[acceptedAs[i]] += 1.0 / n;
            }
        }
        List<Double> colourShares = new ArrayList<>();
        if (colours != null) {
            for (double share : colours.shares(pictures)) {
                colourShares.add(share);
            }
        }
        double frechet = FrechetDistance.between(JudgeFeatures.of(judge, pictures), referenceFeatures);
        return new GanFigures(n, (double) accepted / n, boxed(perClass), colourShares, frechet);
    }

    /**
     * Reference sets of {@value #SAMPLES} pictures, measured like samples, so that a GAN's figures can be read and
     * its bars set: real held-out pictures (what a perfect generator would score), uniform noise, and generators
     * that are broken in the ways GANs break: collapsed onto one picture, onto one picture per class, colour
     * without form (soft blotches), and, for colour data, form in one colour only. The pictures come from the
     * second real sample, never from the reference. A conditional set asks for each real picture's own class and
     * for the classes in turn elsewhere.
     */
    public Map<String, GanFigures> references(boolean conditional) {
        INDArray real = secondSample.features().get(0).castTo(DataType.FLOAT);
        INDArray labels = secondSample.labels().get(0).castTo(DataType.FLOAT);
        Map<String, GanFigures> sets = new LinkedHashMap<>();
        sets.put("real held-out pictures", measure(real, conditional ? labels : null));
        INDArray inTurn = new GanCondition(classNames, List.of()).inTurn(DataType.FLOAT, SAMPLES);
        sets.put("uniform noise", measure(format.uniformNoise(SAMPLES, NOISE_SEED), conditional ? inTurn : null));
        sets.put("one picture (collapsed)", measure(repeat(real, new int[]{0}),
                conditional ? repeat(labels, new int[]{0}) : null));
        int[] firstOfEachClass = firstOfEachClass(labels);
        sets.put("one picture per class", measure(repeat(real, firstOfEachClass),
                conditional ? repeat(labels, firstOfEachClass) : null));
        sets.put("colour blotches, no form", measure(format.generate(NonExamplePictures.Kind.BLOTCHES, SAMPLES,
                BLOTCH_SEED), conditional ? inTurn : null));
        if (colours != null) {
            int[] read = colours.read(real);
            int[] oneColour = java.util.stream.IntStream.range(0, read.length).filter(i -> read[i] == read[0])
                    .toArray();
            sets.put("real shapes in one colour (" + colours.colours().get(read[0]) + ")",
                    measure(repeat(real, oneColour), conditional ? repeat(labels, oneColour) : null));
        }
        return sets;
    }

    /** {@value #SAMPLES} rows cycling through the given rows. */
    private static INDArray repeat(INDArray array, int[] rows) {
        long[] picked = new long[SAMPLES];
        for (int i = 0; i < SAMPLES; i++) {
            picked[i] = rows[i % rows.length];
        }
        return array.get(NDArrayIndex.indices(picked)).dup();
    }

    private static int[] firstOfEachClass(INDArray labels) {
        int[] classes = labels.argMax(1).toIntVector();
        int classCount = (int) labels.size(1);
        int[] first = new int[classCount];
        java.util.Arrays.fill(first, -1);
        for (int i = 0; i < classes.length; i++) {
            if (first[classes[i]] < 0) {
                first[classes[i]] = i;
            }
        }
        return java.util.Arrays.stream(first).filter(i -> i >= 0).toArray();
    }

    private static DatasetSplit slice(DatasetSplit split, int from, int to) {
        INDArray features = split.features().get(0).get(NDArrayIndex.interval(from, to)).dup();
        INDArray labels = split.labels().get(0).get(NDArrayIndex.interval(from, to)).dup();
        List<String> texts = split.texts().isEmpty() ? List.of() : split.texts().subList(from, to);
        return DatasetSplit.of(features, labels, texts);
    }

    private static List<Double> boxed(double[] values) {
        List<Double> list = new ArrayList<>(values.length);
        for (double v : values) {
            list.add(v);
        }
        return list;
    }
}
