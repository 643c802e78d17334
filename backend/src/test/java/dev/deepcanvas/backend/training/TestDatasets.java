package dev.deepcanvas.backend.training;

import dev.deepcanvas.backend.dataset.DatasetService;
import dev.deepcanvas.backend.dataset.DatasetDescriptor;
import dev.deepcanvas.backend.dataset.DatasetSplit;
import dev.deepcanvas.backend.dataset.DatasetTask;
import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.backend.dataset.SplitCounts;
import dev.deepcanvas.backend.dataset.TensorSpec;
import dev.deepcanvas.graph.analysis.Shape;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Random;

/**
 * The application's datasets plus a small regression set for the service tests, which run before the
 * datasets feature ships one: y = 2·x1 − x2 + 0.5·x3 + small noise, inputs standard normal.
 */
@Component
@Primary
class TestDatasets implements DatasetLookup {

    static final String LINEAR = "test-linear";

    private final DatasetService datasets;
    private final PreparedDataset linear = linear();

    TestDatasets(DatasetService datasets) {
        this.datasets = datasets;
    }

    @Override
    public PreparedDataset get(String datasetId) {
        return LINEAR.equals(datasetId) ? linear : datasets.get(datasetId);
    }

    private static PreparedDataset linear() {
        Random random = new Random(7);
        DatasetDescriptor descriptor = new DatasetDescriptor(LINEAR, "Linear test data", DatasetTask.REGRESSION,
                List.of(TensorSpec.of("x", Shape.vector(3))), List.of(TensorSpec.of("y", Shape.vector(1))),
                List.of(), List.of("x1", "x2", "x3"), null, null, new SplitCounts(200, 0, 50), true,
                "y = 2·x1 − x2 + 0.5·x3 + noise", "test fixture");
        DataSet train = rows(random, 200);
        DataSet test = rows(random, 50);
        return new PreparedDataset(descriptor, DatasetSplit.of(train.getFeatures(), train.getLabels()), null,
                DatasetSplit.of(test.getFeatures(), test.getLabels()));
    }

    private static DataSet rows(Random random, int count) {
        INDArray x = Nd4j.create(count, 3);
        INDArray y = Nd4j.create(count, 1);
        for (int i = 0; i < count; i++) {
            double a = random.nextGaussian();
            double b = random.nextGaussian();
            double c = random.nextGaussian();
            x.putRow(i, Nd4j.createFromArray(a, b, c).castTo(x.dataType()));
            y.putScalar(i, 0, 2 * a - b + 0.5 * c + 0.05 * random.nextGaussian());
        }
        return new DataSet(x, y);
    }
}
