package dev.deepcanvas.db.run;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

public interface RunRepository extends JpaRepository<RunEntity, Long> {

    List<RunEntity> findAllByOrderByCreatedAtDesc();

    List<RunEntity> findByGraphIdOrderByCreatedAtDesc(Long graphId);

    List<RunEntity> findByOwnerIdOrderByCreatedAtDesc(Long ownerId);

    List<RunEntity> findByOwnerIdIsNull();

    /** Marks every run still in one of the given states as interrupted; used once at start-up. */
    @Modifying
    @Query("""
            update RunEntity r
               set r.status = dev.deepcanvas.db.run.RunStatus.INTERRUPTED,
                   r.message = :message,
                   r.finishedAt = :now
             where r.status in :statuses""")
    int markInterrupted(@Param("statuses") Collection<RunStatus> statuses,
                        @Param("message") String message,
                        @Param("now") Instant now);
}
