package dev.deepcanvas.db.dataset;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;

public interface UploadedDatasetRepository extends JpaRepository<UploadedDatasetEntity, Long> {

    List<UploadedDatasetEntity> findAllByOrderByCreatedAtDesc();

    List<UploadedDatasetEntity> findByOwnerIdOrderByCreatedAtDesc(Long ownerId);

    List<UploadedDatasetEntity> findByOwnerIdIsNull();
}
