package dev.deepcanvas.bench.quality;

import dev.deepcanvas.backend.dataset.DatasetPart;
import dev.deepcanvas.backend.dataset.DatasetSplit;
import dev.deepcanvas.backend.dataset.PreparedDataset;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.eigen.Eigen;
import org.nd4j.linalg.indexing.NDArrayIndex;

/**
 * The figures of the simplest answers, measured on the same held-out part as the templates, so that a template's
 * figure can be read: what it reaches without learning anything about the input (the most frequent class), with
 * one character of context (counted from the training text), or with the best linear code of its size.
 * Everything is learnt from the training part only.
 */
public final class Baselines {

    private Baselines() {
    }

    /** Accuracy on the test part of always answering the training part's most frequent class. */
    public static double mostFrequentClass(PreparedDataset data) {
        int[] train = classes(data.part(DatasetPart.TRAIN).orElseThrow().labels().get(0));
        int[] test = classes(data.part(DatasetPart.TEST).orElseThrow().labels().get(0));
        int[] counts = new int[(int) data.part(DatasetPart.TRAIN).orElseThrow().labels().get(0).size(1)];
        for (int c : train) {
            counts[c]++;
        }
        int most = argMax(counts);
        int right = 0;
        for (int c : test) {
            right += c == most ? 1 : 0;
        }
        return (double) right / test.length;
    }

    /**
     * Per-character accuracy on the test part's next characters, [most frequent character, likeliest character
     * after the previous one]: the second is a table of character pairs counted in the training windows.
     */
    public static double[] nextCharacter(PreparedDataset data) {
        DatasetSplit train = data.part(DatasetPart.TRAIN).orElseThrow();
        DatasetSplit test = data.part(DatasetPart.TEST).orElseThrow();
        int vocabulary = (int) train.labels().get(0).size(1);
        int[][] trainInputs = ids(train.features().get(0));
        int[][] trainTargets = stepClasses(train.labels().get(0));
        int[] unigram = new int[vocabulary];
        int[][] pairs = new int[vocabulary][vocabulary];
        for (int w = 0; w < trainTargets.length; w++) {
            for (int t = 0; t < trainTargets[w].length; t++) {
                unigram[trainTargets[w][t]]++;
                pairs[trainInputs[w][t]][trainTargets[w][t]]++;
            }
        }
        int most = argMax(unigram);
        int[][] testInputs = ids(test.features().get(0));
        int[][] testTargets = stepClasses(test.labels().get(0));
        int total = 0;
        int rightMost = 0;
        int rightPair = 0;
        for (int w = 0; w < testTargets.length; w++) {
            for (int t = 0; t < testTargets[w].length; t++) {
                total++;
                rightMost += testTargets[w][t] == most ? 1 : 0;
                rightPair += testTargets[w][t] == argMax(pairs[testInputs[w][t]]) ? 1 : 0;
            }
        }
        return new double[]{(double) rightMost / total, (double) rightPair / total};
    }

    /**
     * The squared error per pixel on the test part of the best linear code of {@code size} numbers (principal
     * components of the training pictures), as a share of the mean training picture's error: what an autoencoder
     * with a code of that size reaches if it learns nothing a linear map could not.
     */
    public static double linearCode(PreparedDataset data, int size) {
        INDArray train = flat(data.part(DatasetPart.TRAIN).orElseThrow().features().get(0));
        INDArray test = flat(data.part(DatasetPart.TEST).orElseThrow().features().get(0));
        INDArray mean = train.mean(0);
        INDArray centred = train.subRowVector(mean);
        INDArray covariance = centred.transpose().mmul(centred).divi(train.size(0) - 1);
        INDArray vectors = covariance.dup('f');
        // ascending eigenvalues: the last columns are the principal directions
        Eigen.symmetricGeneralizedEigenvalues(vectors, true);
        long d = vectors.size(1);
        INDArray top = vectors.get(NDArrayIndex.all(), NDArrayIndex.interval(d - size, d));
        INDArray testCentred = test.subRowVector(mean);
        INDArray rebuilt = testCentred.mmul(top).mmul(top.transpose());
        INDArray error = testCentred.sub(rebuilt);
        double code = error.mul(error).meanNumber().doubleValue();
        double meanPicture = testCentred.mul(testCentred).meanNumber().doubleValue();
        return code / meanPicture;
    }

    private static INDArray flat(INDArray pictures) {
        return pictures.castTo(DataType.DOUBLE).reshape(pictures.size(0), pictures.length() / pictures.size(0));
    }

    private static int[] classes(INDArray oneHot) {
        return oneHot.argMax(1).toIntVector();
    }

    /** Token ids [n, 1, steps] as [n][steps]. */
    private static int[][] ids(INDArray tokenIds) {
        int n = (int) tokenIds.size(0);
        int steps = (int) tokenIds.size(2);
        int[][] ids = new int[n][steps];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < steps; t++) {
                ids[i][t] = tokenIds.getInt(i, 0, t);
            }
        }
        return ids;
    }

    /** One-hot steps [n, classes, steps] as the class of each step, [n][steps]. */
    private static int[][] stepClasses(INDArray oneHot) {
        INDArray best = oneHot.argMax(1);
        int n = (int) oneHot.size(0);
        int steps = (int) oneHot.size(2);
        int[][] classes = new int[n][steps];
        for (int i = 0; i < n; i++) {
            for (int t = 0; t < steps; t++) {
                classes[i][t] = best.getInt(i, t);
            }
        }
        return classes;
    }

    private static int argMax(int[] counts) {
        int best = 0;
        for (int i = 1; i < counts.length; i++) {
            if (counts[i] > counts[best]) {
                best = i;
            }
        }
        return best;
    }
}
