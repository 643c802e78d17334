package dev.deepcanvas.bench.quality;

import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;

/**
 * A trained classifier used to grade pictures it did not train on (a GAN's samples, noise). It accepts a picture
 * when its most likely class has probability ≥ {@value #CONFIDENCE} and is a real class. A plain classifier has
 * only real classes, so it must put all its probability somewhere and may be sure of anything; a strict judge has
 * one extra class for "none of these", and a confident "none" is a rejection.
 *
 * @param net         the classifier; its single output is a softmax over the classes
 * @param noneClass   the index of the "none of these" class, or {@link #NO_NONE_CLASS} for a plain classifier
 */
public record Judge(ComputationGraph net, int noneClass) {

    public static final double CONFIDENCE = 0.9;
    public static final int NO_NONE_CLASS = -1;

    /** A classifier of the real classes only, as the template gallery trains it. */
    public static Judge plain(ComputationGraph net) {
        return new Judge(net, NO_NONE_CLASS);
    }

    /** Not accepted, in {@link #acceptedClasses}. */
    public static final int REJECTED = -1;

    /** For each picture (first dimension), whether it is accepted. */
    public boolean[] accepts(INDArray pictures) {
        int[] classes = acceptedClasses(pictures);
        boolean[] accepted = new boolean[classes.length];
        for (int i = 0; i < accepted.length; i++) {
            accepted[i] = classes[i] != REJECTED;
        }
        return accepted;
    }

    /** For each picture, the real class it is accepted as, or {@link #REJECTED}. */
    public int[] acceptedClasses(INDArray pictures) {
        INDArray probabilities = net.outputSingle(false, pictures.castTo(net.params().dataType()));
        INDArray best = probabilities.argMax(1);
        INDArray confidence = probabilities.max(1);
        int[] accepted = new int[(int) probabilities.size(0)];
        for (int i = 0; i < accepted.length; i++) {
            boolean sure = confidence.getDouble(i) >= CONFIDENCE && best.getInt(i) != noneClass;
            accepted[i] = sure ? best.getInt(i) : REJECTED;
        }
        return accepted;
    }

    /** The share of labelled pictures whose most likely class is their label ("none of these" never is). */
    public double accuracy(INDArray pictures, INDArray labels) {
        INDArray predicted = net.outputSingle(false, pictures.castTo(net.params().dataType())).argMax(1);
        INDArray actual = labels.argMax(1);
        int right = 0;
        for (int i = 0; i < predicted.length(); i++) {
            right += predicted.getInt(i) == actual.getInt(i) ? 1 : 0;
        }
        return (double) right / predicted.length();
    }

    /** The share of the pictures that are accepted. */
    public double acceptedShare(INDArray pictures) {
        boolean[] accepted = accepts(pictures);
        int count = 0;
        for (boolean a : accepted) {
            count += a ? 1 : 0;
        }
        return (double) count / accepted.length;
    }
}
