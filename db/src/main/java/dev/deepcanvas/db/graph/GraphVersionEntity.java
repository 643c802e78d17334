package dev.deepcanvas.db.graph;

import dev.deepcanvas.db.schema.LongText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** One immutable saved state of a graph; training runs point at the version they trained. */
@Entity
@Table(name = "graph_versions")
public class GraphVersionEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "graph_id", nullable = false)
    private Long graphId;

    @Column(name = "version_number", nullable = false)
    private int versionNumber;

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(nullable = false, columnDefinition = LongText.COLUMN)
    private String document;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    protected GraphVersionEntity() {
    }

    public GraphVersionEntity(Long graphId, int versionNumber, String document, Instant createdAt) {
        this.graphId = graphId;
        this.versionNumber = versionNumber;
        this.document = document;
        this.createdAt = createdAt;
    }

    public Long getId() {
        return id;
    }

    public Long getGraphId() {
        return graphId;
    }

    public int getVersionNumber() {
        return versionNumber;
    }

    public String getDocument() {
        return document;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
