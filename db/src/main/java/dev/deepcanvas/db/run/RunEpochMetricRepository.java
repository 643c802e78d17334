package dev.deepcanvas.db.run;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface RunEpochMetricRepository extends JpaRepository<RunEpochMetricEntity, Long> {

    List<RunEpochMetricEntity> findByRunIdOrderByEpochAsc(Long runId);
}
