package dev.deepcanvas.backend.dataset.transform;

import dev.deepcanvas.backend.dataset.FeatureScale;
import dev.deepcanvas.backend.dataset.Normalisation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Scales each column to zero mean and unit variance using statistics of the training rows only. */
public final class Standardizer {

    private final INDArray mean;
    private final INDArray std;

    private Standardizer(INDArray mean, INDArray std) {
        this.mean = mean;
        this.std = std;
    }

    /** Statistics of the rows of a [n, columns] array. */
    public static Standardizer fitOn(INDArray trainRows) {
        INDArray mean = trainRows.mean(0);
        // A constant column would divide by zero; leave such a column centred but unscaled.
        INDArray std = Transforms.max(trainRows.std(0), 1e-8);
        return new Standardizer(mean, std);
    }

    /** Standardises the arrays in place. */
    public void applyTo(INDArray... rows) {
        for (INDArray x : rows) {
            x.subiRowVector(mean).diviRowVector(std);
        }
    }

    /** The statistics as a record that outlives the arrays, for turning raw inputs into model inputs. */
    public FeatureScale scale() {
        return new FeatureScale(Normalisation.STANDARDISE, boxed(means()), boxed(stds()));
    }

    static java.util.List<Double> boxed(double[] values) {
        return java.util.Arrays.stream(values).boxed().toList();
    }

    public double[] means() {
        return mean.toDoubleVector();
    }

    public double[] stds() {
        return std.toDoubleVector();
    }
}
