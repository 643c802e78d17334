package dev.deepcanvas.backend.dataset.transform;

import dev.deepcanvas.backend.dataset.FeatureScale;
import dev.deepcanvas.backend.dataset.Normalisation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.ops.transforms.Transforms;

/** Scales each column to [0, 1] by the minimum and maximum of the training rows (held-out rows may fall outside). */
public final class MinMaxScaler {

    private final INDArray min;
    private final INDArray range;

    private MinMaxScaler(INDArray min, INDArray range) {
        this.min = min;
        this.range = range;
    }

    public static MinMaxScaler fitOn(INDArray trainRows) {
        INDArray min = trainRows.min(0);
        // A constant column would divide by zero; such a column becomes all zeros.
        INDArray range = Transforms.max(trainRows.max(0).sub(min), 1e-8);
        return new MinMaxScaler(min, range);
    }

    public FeatureScale scale() {
        return new FeatureScale(Normalisation.MIN_MAX, Standardizer.boxed(min.toDoubleVector()),
                Standardizer.boxed(range.toDoubleVector()));
    }

    public void applyTo(INDArray... rows) {
        for (INDArray x : rows) {
            x.subiRowVector(min).diviRowVector(range);
        }
    }
}
