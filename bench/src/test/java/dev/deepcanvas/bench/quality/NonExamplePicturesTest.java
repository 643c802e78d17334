package dev.deepcanvas.bench.quality;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.Arrays;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

class NonExamplePicturesTest {

    private static final int CHANNELS = 3;
    private static final int SIDE = 8;
    private static final double LOW = 0.1;
    private static final double HIGH = 0.7;

    /** Six random 3×8×8 "real" pictures in [0.1, 0.7], of classes 0, 1, 2, 0, 1, 2. */
    private final INDArray real = realPictures();
    private final INDArray labels = Nd4j.createFromArray(new float[][]{
            {1, 0, 0}, {0, 1, 0}, {0, 0, 1}, {1, 0, 0}, {0, 1, 0}, {0, 0, 1}});
    private final NonExamplePictures nonExamples = new NonExamplePictures(real, labels);

    @Test
    void picturesHaveTheRealFormatAndRangeAndDependOnlyOnTheSeed() {
        INDArray pictures = nonExamples.generate(60, 5);
        assertThat(pictures.shape()).containsExactly(60, CHANNELS, SIDE, SIDE);
        assertThat(pictures.minNumber().doubleValue()).isGreaterThanOrEqualTo(LOW - 1e-6);
        assertThat(pictures.maxNumber().doubleValue()).isLessThanOrEqualTo(HIGH + 1e-6);
        assertThat(nonExamples.generate(60, 5)).isEqualTo(pictures);
        assertThat(nonExamples.generate(60, 6)).isNotEqualTo(pictures);
    }

    @Test
    void eachKindLooksAsPromised() {
        INDArray pictures = nonExamples.generate(NonExamplePictures.KINDS.length, 11);
        float[] uniform = picture(pictures, 0);
        float[] blank = picture(pictures, 2);
        float[] scrambled = picture(pictures, 4);
        float[] blend = picture(pictures, 5);

        // Uniform noise spreads over the whole range; a blank picture is one colour per channel up to faint noise.
        assertThat(spread(uniform)).isGreaterThan(0.5 * (HIGH - LOW));
        for (int c = 0; c < CHANNELS; c++) {
            float[] channel = Arrays.copyOfRange(blank, c * SIDE * SIDE, (c + 1) * SIDE * SIDE);
            assertThat(standardDeviation(channel)).isLessThan(0.05 * (HIGH - LOW));
        }
        // A scrambled picture holds exactly one real picture's pixels, in another place.
        boolean rearrangesARealPicture = false;
        for (int i = 0; i < real.size(0); i++) {
            float[] source = picture(real, i);
            rearrangesARealPicture |= sorted(source).equals(sorted(scrambled)) && !Arrays.equals(source, scrambled);
        }
        assertThat(rearrangesARealPicture).as("the scrambled picture rearranges a real one").isTrue();
        // A blend is the average of two real pictures of different classes.
        boolean blendsTwoClasses = false;
        for (int i = 0; i < real.size(0); i++) {
            for (int j = 0; j < real.size(0); j++) {
                boolean differentClasses = labels.getRow(i).argMax().getInt(0) != labels.getRow(j).argMax().getInt(0);
                blendsTwoClasses |= differentClasses && average(picture(real, i), picture(real, j)).equalsWithEps(
                        Nd4j.createFromArray(blend), 1e-6);
            }
        }
        assertThat(blendsTwoClasses).as("the blend averages two real pictures of different classes").isTrue();
    }

    @Test
    void theStrictJudgesTrainingSetAddsOneAverageClassOfNonExamplesLabelledNone() {
        DataSet set = StrictJudgeTrainer.trainingSet(real, labels, 3);
        // Six real pictures of three classes: two non-examples, as many as an average class.
        assertThat(set.getFeatures().shape()).containsExactly(8, CHANNELS, SIDE, SIDE);
        assertThat(set.getLabels().shape()).containsExactly(8, 4);
        assertThat(set.getFeatures().get(NDArrayIndex.interval(0, 6))).isEqualTo(real);
        assertThat(set.getLabels().get(NDArrayIndex.interval(0, 6), NDArrayIndex.interval(0, 3))).isEqualTo(labels);
        assertThat(set.getLabels().get(NDArrayIndex.interval(0, 6), NDArrayIndex.point(3)).sumNumber().doubleValue())
                .isZero();
        assertThat(set.getLabels().get(NDArrayIndex.interval(6, 8), NDArrayIndex.all()))
                .isEqualTo(Nd4j.createFromArray(new float[][]{{0, 0, 0, 1}, {0, 0, 0, 1}}));
        assertThat(set.getFeatures().get(NDArrayIndex.interval(6, 8))).isEqualTo(nonExamples.generate(2, 3));
    }

    private static INDArray realPictures() {
        Random random = new Random(1);
        float[] values = new float[6 * CHANNELS * SIDE * SIDE];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) (LOW + (HIGH - LOW) * random.nextDouble());
        }
        // The range is what the generator reads off the real pictures: make sure both ends occur.
        values[0] = (float) LOW;
        values[1] = (float) HIGH;
        return Nd4j.create(values, new long[]{6, CHANNELS, SIDE, SIDE}, DataType.FLOAT);
    }

    private static float[] picture(INDArray pictures, int i) {
        return pictures.get(NDArrayIndex.point(i)).dup('c').data().asFloat();
    }

    private static String sorted(float[] values) {
        float[] copy = values.clone();
        Arrays.sort(copy);
        return Arrays.toString(copy);
    }

    private static INDArray average(float[] a, float[] b) {
        float[] mean = new float[a.length];
        for (int p = 0; p < a.length; p++) {
            mean[p] = (a[p] + b[p]) / 2;
        }
        return Nd4j.createFromArray(mean);
    }

    private static double spread(float[] values) {
        float[] copy = values.clone();
        Arrays.sort(copy);
        return copy[copy.length - 1] - copy[0];
    }

    private static double standardDeviation(float[] values) {
        return Nd4j.createFromArray(values).stdNumber().doubleValue();
    }
}
