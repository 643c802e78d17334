package dev.deepcanvas.db.run;

import dev.deepcanvas.db.schema.LongText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/**
 * The evaluation of a finished run on its held-out data as one JSON document, so that new kinds of results
 * (sequences, GAN sample strips) need no new tables; {@code kind} says how to read the document.
 */
@Entity
@Table(name = "run_results")
public class RunResultEntity {

    @Id
    @Column(name = "run_id")
    private Long runId;

    @Column(nullable = false, length = 20)
    private String kind;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(nullable = false, columnDefinition = LongText.COLUMN)
    private String document;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected RunResultEntity() {
    }

    public RunResultEntity(Long runId, String kind, String document, Instant createdAt) {
        this.runId = runId;
        this.kind = kind;
        this.document = document;
        this.createdAt = createdAt;
    }

    public Long getRunId() {
        return runId;
    }

    public String getKind() {
        return kind;
    }

    public String getDocument() {
        return document;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
