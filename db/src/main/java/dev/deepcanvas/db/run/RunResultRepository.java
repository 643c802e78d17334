package dev.deepcanvas.db.run;

import org.springframework.data.jpa.repository.JpaRepository;

public interface RunResultRepository extends JpaRepository<RunResultEntity, Long> {
}
