package dev.deepcanvas.backend.training;

import dev.deepcanvas.backend.dataset.DatasetService;
import dev.deepcanvas.backend.dataset.PreparedDataset;
import org.springframework.stereotype.Component;

/** The application's datasets, as the dataset service provides them. */
@Component
class DatasetServiceLookup implements DatasetLookup {

    private final DatasetService datasets;

    DatasetServiceLookup(DatasetService datasets) {
        this.datasets = datasets;
    }

    @Override
    public PreparedDataset get(String datasetId) {
        return datasets.get(datasetId);
    }
}
