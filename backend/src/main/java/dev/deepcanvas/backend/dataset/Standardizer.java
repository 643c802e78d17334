package dev.deepcanvas.backend.dataset;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Scales each feature column to zero mean and unit variance using statistics of the training rows only. */
final class Standardizer {

    private final INDArray mean;
    private final INDArray std;

    private Standardizer(INDArray mean, INDArray std) {
        this.mean = mean;
        this.std = std;
    }

    static Standardizer fitOn(DataSet train) {
        INDArray x = train.getFeatures();
        INDArray mean = x.mean(0);
        // A constant column would divide by zero; leave such a column centred but unscaled.
        INDArray std = Transforms.max(x.std(0), 1e-8);
        return new Standardizer(mean, std);
    }

    void applyTo(DataSet... sets) {
        for (DataSet set : sets) {
            set.setFeatures(set.getFeatures().subRowVector(mean).diviRowVector(std));
        }
    }
}
