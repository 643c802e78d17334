package dev.deepcanvas.db.graph;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface GraphRepository extends JpaRepository<GraphEntity, Long> {

    List<GraphEntity> findAllByOrderByUpdatedAtDesc();

    Optional<GraphEntity> findFirstByOrderByUpdatedAtDesc();
}
