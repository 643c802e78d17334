package dev.deepcanvas.backend.results;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deepcanvas.backend.training.RunAccess;
import dev.deepcanvas.db.run.RunResultEntity;
import dev.deepcanvas.db.run.RunResultRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Optional;

/** Stores and reads the evaluation of finished runs (one JSON document per run). */
@Service
public class RunResultsService {

    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);

    private final RunResultRepository results;
    private final RunAccess runAccess;
    private final Clock clock;

    public RunResultsService(RunResultRepository results, RunAccess runAccess, Clock clock) {
        this.results = results;
        this.runAccess = runAccess;
        this.clock = clock;
    }

    /** The evaluation of a succeeded run of the caller's; empty while it trains, when it failed or was cancelled. */
    @Transactional(readOnly = true)
    public Optional<RunResult> find(long runId) {
        if (!runAccess.canSee(runId)) {
            return Optional.empty(); // another user's run has no results, as far as this caller can tell
        }
        return results.findById(runId).map(RunResultsService::read);
    }

    /** Stores (or replaces) a run's evaluation; joins the caller's transaction when there is one. */
    @Transactional
    public void save(RunResult result) {
        results.save(new RunResultEntity(result.runId(), result.kind().name(), write(result), clock.instant()));
    }

    private static String write(RunResult result) {
        try {
            return JSON.writeValueAsString(result);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A run result is not serialisable", e);
        }
    }

    private static RunResult read(RunResultEntity entity) {
        try {
            return JSON.readValue(entity.getDocument(), RunResult.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("The stored result of run " + entity.getRunId() + " is unreadable: "
                    + e.getOriginalMessage(), e);
        }
    }
}
