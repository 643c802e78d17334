package dev.deepcanvas.db.run;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.util.List;

public interface RunLayerStatisticRepository extends JpaRepository<RunLayerStatisticEntity, Long> {

    List<RunLayerStatisticEntity> findByRunIdOrderByNetworkAscEpochAscPositionAsc(Long runId);

    /** Forgets epochs after a checkpoint, before a resumed run records them again. */
    @Modifying
    @Query("delete from RunLayerStatisticEntity s where s.runId = :runId and s.epoch > :epoch")
    int deleteAfterEpoch(@Param("runId") long runId, @Param("epoch") int epoch);
}
