package dev.deepcanvas.backend.training;

import dev.deepcanvas.backend.dataset.PreparedDataset;

/**
 * Where training, evaluation and inference find a dataset by id. An interface rather than the dataset service
 * itself, so that the run machinery does not depend on how datasets are stored or uploaded.
 */
public interface DatasetLookup {

    /**
     * The prepared dataset; callers copy before mutating.
     *
     * @throws dev.deepcanvas.backend.dataset.UnknownDatasetException when there is no dataset with this id (never
     *                                                                 made, deleted, or not the caller's)
     */
    PreparedDataset get(String datasetId);
}
