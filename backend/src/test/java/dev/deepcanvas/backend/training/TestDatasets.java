package dev.deepcanvas.backend.training;

import dev.deepcanvas.backend.dataset.DatasetService;
import dev.deepcanvas.backend.dataset.PreparedDataset;
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
        return new PreparedDataset(LINEAR, "Linear test data", true, 3, List.of(), rows(random, 200), rows(random, 50));
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
