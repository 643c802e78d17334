package dev.deepcanvas.backend.training;

import dev.deepcanvas.backend.dataset.PreparedDataset;

/**
 * Where training, evaluation and inference find a dataset by id. An interface rather than the dataset service
 * itself, so that the run machinery does not depend on how datasets are stored or uploaded.
 */
public interface DatasetLookup {

    /** The prepared dataset; callers copy before mutating. Throws when there is no dataset with this id. */
    PreparedDataset get(String datasetId);
}
