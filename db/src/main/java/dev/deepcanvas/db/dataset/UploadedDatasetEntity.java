package dev.deepcanvas.db.dataset;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/**
 * A dataset a user uploaded. Immutable once imported: its arrays are files in the data directory, written before this
 * row is stored, so a row always points at complete files.
 */
@Entity
@Table(name = "uploaded_datasets")
public class UploadedDatasetEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    /** Who uploaded it; null only for uploads made before accounts existed. */
    @Column(name = "owner_id")
    private Long ownerId;

    /** CSV, IMAGES or TEXT: what the user uploaded. */
    @Column(name = "source_kind", nullable = false, length = 20)
    private String sourceKind;

    @Column(nullable = false, length = 40)
    private String task;

    @Column(name = "original_file", nullable = false, length = 500)
    private String originalFile;

    @Column(name = "storage_dir", nullable = false, length = 100, unique = true)
    private String storageDir;

    @Column(name = "sample_count", nullable = false)
    private int sampleCount;

    @Column(name = "class_count", nullable = false)
    private int classCount;

    @Column(nullable = false, length = 4000)
    private String description;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected UploadedDatasetEntity() {
    }

    public UploadedDatasetEntity(String name, String sourceKind, String task, String originalFile, String storageDir,
                                 int sampleCount, int classCount, String description, Instant createdAt) {
        this.name = name;
        this.sourceKind = sourceKind;
        this.task = task;
        this.originalFile = originalFile;
        this.storageDir = storageDir;
        this.sampleCount = sampleCount;
        this.classCount = classCount;
        this.description = description;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    public void assignOwner(Long owner) {
        this.ownerId = owner;
    }

    public String getName() {
        return name;
    }

    public String getSourceKind() {
        return sourceKind;
    }

    public String getTask() {
        return task;
    }

    public String getOriginalFile() {
        return originalFile;
    }

    public String getStorageDir() {
        return storageDir;
    }

    public int getSampleCount() {
        return sampleCount;
    }

    public int getClassCount() {
        return classCount;
    }

    public String getDescription() {
        return description;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
