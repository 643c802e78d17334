package dev.deepcanvas.db.graph;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface GraphVersionRepository extends JpaRepository<GraphVersionEntity, Long> {

    List<GraphVersionEntity> findByGraphIdOrderByVersionNumberDesc(Long graphId);

    Optional<GraphVersionEntity> findByGraphIdAndVersionNumber(Long graphId, int versionNumber);
}
