package dev.deepcanvas.db.worker;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.List;

public interface WorkerRepository extends JpaRepository<WorkerEntity, String> {

    /** A live worker's sign of life: one short update, no read. */
    @Modifying
    @Query("update WorkerEntity w set w.lastSeenAt = :now where w.id = :id")
    int touch(@Param("id") String id, @Param("now") Instant now);

    /** Workers that have not stopped and were seen since {@code since}: the ones that can take runs now. */
    @Query("select w from WorkerEntity w where w.stoppedAt is null and w.lastSeenAt >= :since order by w.startedAt")
    List<WorkerEntity> findLive(@Param("since") Instant since);
}
