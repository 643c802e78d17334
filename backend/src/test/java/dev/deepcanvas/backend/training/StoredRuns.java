package dev.deepcanvas.backend.training;

import dev.deepcanvas.db.run.RunEntity;
import dev.deepcanvas.db.run.RunRepository;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphJson;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Instant;
import java.util.function.Consumer;

/** Run rows written directly, for tests of what a worker does with a row it finds; a bean of the test context. */
@Component
public final class StoredRuns {

    private final RunRepository runs;
    private final TransactionTemplate tx;

    public StoredRuns(RunRepository runs, TransactionTemplate tx) {
        this.runs = runs;
        this.tx = tx;
    }

    /**
     * Stores a run as queued, without queueing it in the job engine (so no worker takes it); {@code adjust} then puts
     * it in the state the test needs.
     */
    public long store(GraphDocument document, String datasetId, String task, int epochs, Consumer<RunEntity> adjust) {
        Hyperparameters hp = Hyperparameters.of(document.training().withEpochs(epochs), null, null);
        return tx.execute(s -> {
            RunEntity run = new RunEntity(null, null, document.name(),
                    GraphJson.write(document.withTraining(hp.toTrainingSettings())), datasetId, hp.toJson(),
                    hp.seed(), hp.epochs(), Instant.now(), task);
            adjust.accept(run);
            return runs.save(run).getId();
        });
    }
}
