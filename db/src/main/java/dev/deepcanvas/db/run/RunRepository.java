package dev.deepcanvas.db.run;

import jakarta.persistence.LockModeType;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface RunRepository extends JpaRepository<RunEntity, Long> {

    List<RunEntity> findAllByOrderByCreatedAtDesc();

    List<RunEntity> findByGraphIdOrderByCreatedAtDesc(Long graphId);

    List<RunEntity> findByOwnerIdOrderByCreatedAtDesc(Long ownerId);

    List<RunEntity> findByOwnerIdIsNull();

    /**
     * The run with its row locked until the transaction ends: every write of a run's life cycle goes through it, so
     * that a web node (cancel) and workers (claims, epochs) never overwrite each other's changes.
     */
    @Lock(LockModeType.PESSIMISTIC_WRITE)
    @Query("select r from RunEntity r where r.id = :id")
    Optional<RunEntity> findForUpdate(@Param("id") long id);

    long countByStatus(RunStatus status);

    /** Of the given runs, those whose cancellation was asked for. */
    @Query("select r.id from RunEntity r where r.id in :ids and r.stopRequested = true")
    List<Long> findStopRequested(@Param("ids") Collection<Long> ids);

    /** Runs in one of the given states, or that finished since {@code since}: what a page may have missed. */
    @Query("select r from RunEntity r where r.status in :statuses or r.finishedAt >= :since")
    List<RunEntity> findActiveOrFinishedSince(@Param("statuses") Collection<RunStatus> statuses,
                                              @Param("since") Instant since);

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
