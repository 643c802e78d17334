package dev.deepcanvas.db.run;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.Collection;
import java.util.List;

public interface RunEpochMetricRepository extends JpaRepository<RunEpochMetricEntity, Long> {

    List<RunEpochMetricEntity> findByRunIdOrderByEpochAsc(Long runId);

    List<RunEpochMetricEntity> findByRunIdInOrderByRunIdAscEpochAsc(Collection<Long> runIds);

    /** Forgets epochs after a checkpoint, before a resumed run records them again. */
    @Modifying
    @Query("delete from RunEpochMetricEntity m where m.runId = :runId and m.epoch > :epoch")
    int deleteAfterEpoch(@Param("runId") long runId, @Param("epoch") int epoch);
}
