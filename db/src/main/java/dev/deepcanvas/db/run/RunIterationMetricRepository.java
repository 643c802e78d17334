package dev.deepcanvas.db.run;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

public interface RunIterationMetricRepository
        extends JpaRepository<RunIterationMetricEntity, RunIterationMetricEntity.Key> {

    List<RunIterationMetricEntity> findByRunIdOrderByIterationAsc(Long runId);

    long countByRunId(Long runId);

    /** Forgets a partial epoch after a checkpoint, before a resumed run trains it again. */
    @Modifying
    @Query("delete from RunIterationMetricEntity m where m.runId = :runId and m.epoch > :epoch")
    int deleteAfterEpoch(@Param("runId") long runId, @Param("epoch") int epoch);
}
