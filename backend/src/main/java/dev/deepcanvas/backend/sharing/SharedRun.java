package dev.deepcanvas.backend.sharing;

import java.time.Instant;

/**
 * A finished run of a shared graph, as shown to link holders when the owner shares results too.
 *
 * @param datasetTitle the dataset's title as its owner sees it ("Iris flowers"), not its id
 */
public record SharedRun(long id, String datasetId, String datasetTitle, String status, int epochsCompleted, Double finalLoss,
                        Double accuracy, Instant createdAt) {
}
