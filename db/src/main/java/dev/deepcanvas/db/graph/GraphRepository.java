package dev.deepcanvas.db.graph;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.Optional;

public interface GraphRepository extends JpaRepository<GraphEntity, Long> {

    List<GraphEntity> findByOwnerIdOrderByUpdatedAtDesc(Long ownerId);

    Optional<GraphEntity> findFirstByOwnerIdOrderByUpdatedAtDesc(Long ownerId);

    Optional<GraphEntity> findByShareToken(String shareToken);

    List<GraphEntity> findByPublicGraphTrueOrderByForkCountDescUpdatedAtDesc();

    List<GraphEntity> findByOwnerIdIsNull();
}
