package dev.deepcanvas.db.graph;

import dev.deepcanvas.db.schema.LongText;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

import java.time.Instant;

/** A user's graph: its name and the latest saved document. Older documents live in {@link GraphVersionEntity}. */
@Entity
@Table(name = "graphs")
public class GraphEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String name;

    @Column(nullable = false, length = 2000)
    private String description = "";

    @JdbcTypeCode(SqlTypes.LONG32VARCHAR)
    @Column(nullable = false, columnDefinition = LongText.COLUMN)
    private String document;

    @Column(name = "latest_version", nullable = false)
    private int latestVersion;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "owner_id")
    private Long ownerId;

    @Column(name = "is_public", nullable = false)
    private boolean publicGraph;

    @Column(name = "share_token", length = 64, unique = true)
    private String shareToken;

    @Column(name = "share_runs", nullable = false)
    private boolean shareRuns;

    @Column(name = "forked_from_id")
    private Long forkedFromId;

    @Column(name = "fork_count", nullable = false)
    private int forkCount;

    /** Optimistic locking: two tabs saving the same graph must not silently overwrite each other. */
    @Version
    @Column(name = "lock_version", nullable = false)
    private long lockVersion;

    protected GraphEntity() {
    }

    public GraphEntity(Long ownerId, String name, String description, String document, Instant now) {
        this.ownerId = ownerId;
        this.name = name;
        this.description = description == null ? "" : description;
        this.document = document;
        this.latestVersion = 0;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description == null ? "" : description;
    }

    public String getDocument() {
        return document;
    }

    public int getLatestVersion() {
        return latestVersion;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getUpdatedAt() {
        return updatedAt;
    }

    public long getLockVersion() {
        return lockVersion;
    }

    public Long getOwnerId() {
        return ownerId;
    }

    /** Gives an ownerless graph (made before accounts existed) to its first owner. */
    public void adopt(Long newOwnerId) {
        if (ownerId == null) {
            ownerId = newOwnerId;
        }
    }

    public boolean isPublic() {
        return publicGraph;
    }

    public void setPublic(boolean value) {
        this.publicGraph = value;
    }

    public String getShareToken() {
        return shareToken;
    }

    public boolean isShareRuns() {
        return shareRuns;
    }

    public void share(String token, boolean withRuns) {
        this.shareToken = token;
        this.shareRuns = withRuns;
    }

    public void revokeShare() {
        this.shareToken = null;
        this.shareRuns = false;
    }

    public Long getForkedFromId() {
        return forkedFromId;
    }

    public void setForkedFromId(Long forkedFromId) {
        this.forkedFromId = forkedFromId;
    }

    public int getForkCount() {
        return forkCount;
    }

    public void countFork() {
        forkCount++;
    }

    /** Records a new saved document and returns its version number (1 for the first save). */
    public int recordSave(String newDocument, Instant now) {
        this.document = newDocument;
        this.updatedAt = now;
        this.latestVersion++;
        return latestVersion;
    }
}
