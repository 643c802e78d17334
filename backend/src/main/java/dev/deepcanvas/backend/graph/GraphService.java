package dev.deepcanvas.backend.graph;

import dev.deepcanvas.backend.account.CurrentUser;
import dev.deepcanvas.db.account.UserRepository;
import dev.deepcanvas.db.graph.GraphEntity;
import dev.deepcanvas.db.graph.GraphRepository;
import dev.deepcanvas.db.graph.GraphVersionEntity;
import dev.deepcanvas.db.graph.GraphVersionRepository;
import dev.deepcanvas.graph.analysis.Analysis;
import dev.deepcanvas.graph.analysis.GraphAnalyzer;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphFormatException;
import dev.deepcanvas.graph.document.GraphJson;
import dev.deepcanvas.graph.document.TrainingSettings;
import dev.deepcanvas.templates.Template;
import dev.deepcanvas.templates.TemplateCatalog;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.List;

/** Saving and loading graphs. Every save appends an immutable version; the graph row holds the latest. */
@Service
public class GraphService {

    /** The graph a first-time user sees on the canvas. */
    public static final String STARTER_TEMPLATE = "iris-mlp";

    private final GraphRepository graphs;
    private final GraphVersionRepository versions;
    private final TemplateCatalog templates;
    private final CurrentUser currentUser;
    private final GraphAccess access;
    private final UserRepository users;
    private final GraphAnalyzer analyzer;
    private final Clock clock;

    public GraphService(GraphRepository graphs, GraphVersionRepository versions, TemplateCatalog templates,
                        CurrentUser currentUser, GraphAccess access, UserRepository users, GraphAnalyzer analyzer,
                        Clock clock) {
        this.graphs = graphs;
        this.versions = versions;
        this.templates = templates;
        this.currentUser = currentUser;
        this.access = access;
        this.users = users;
        this.analyzer = analyzer;
        this.clock = clock;
    }

    /** The caller's most recently edited graph, or a new one made from the starter template when there is none. */
    @Transactional
    public SavedGraph openLatestOrStarter() {
        return graphs.findFirstByOwnerIdOrderByUpdatedAtDesc(currentUser.require())
                .map(this::toSaved)
                .orElseGet(() -> createFromTemplate(STARTER_TEMPLATE));
    }

    @Transactional
    public SavedGraph createFromTemplate(String templateId) {
        Template template = templates.find(templateId)
                .orElseThrow(() -> new IllegalArgumentException("There is no template called '" + templateId + "'."));
        return create(template.document());
    }

    @Transactional
    public SavedGraph create(GraphDocument document) {
        return toSaved(insert(document));
    }

    private GraphEntity insert(GraphDocument document) {
        GraphEntity entity = graphs.save(new GraphEntity(currentUser.require(), document.name(),
                document.description(), GraphJson.write(document), clock.instant()));
        appendVersion(entity, document);
        graphs.flush();
        return entity;
    }

    /** A graph the caller may read: their own, or a public one. Anything else answers exactly like a missing id. */
    @Transactional(readOnly = true)
    public SavedGraph load(long id) {
        return toSaved(access.readable(id));
    }

    /**
     * Copies a graph the caller may read into their own workspace, remembering where it came from;
     * the original counts its forks.
     */
    @Transactional
    public SavedGraph fork(long id) {
        GraphEntity original = access.readable(id);
        return forkOf(original);
    }

    /** Forks through a share link: the link is the permission. */
    @Transactional
    public SavedGraph forkShared(String token) {
        return forkOf(access.byToken(token));
    }

    private SavedGraph forkOf(GraphEntity original) {
        GraphEntity copy = insert(parse(original.getDocument()));
        copy.setForkedFromId(original.getId());
        original.countFork();
        graphs.flush();
        return toSaved(copy);
    }

    /** The graph behind a share link; a wrong or revoked token answers exactly like a missing graph. */
    @Transactional(readOnly = true)
    public SavedGraph loadShared(String token) {
        return toSaved(access.byToken(token));
    }




    /**
     * Saves a new version of the graph.
     *
     * @param expectedLockVersion the lock token from when the caller opened the graph; a stale token means
     *                            someone else saved in between, and nothing is overwritten
     */
    @Transactional
    public SavedGraph save(long id, long expectedLockVersion, GraphDocument document) {
        GraphEntity entity = access.owned(id);
        if (entity.getLockVersion() != expectedLockVersion) {
            throw new GraphConflictException(entity.getName());
        }
        entity.setName(requireName(document.name()));
        entity.setDescription(document.description());
        try {
            appendVersion(entity, document);
            graphs.flush();
        } catch (ObjectOptimisticLockingFailureException e) {
            throw new GraphConflictException(entity.getName());
        }
        return toSaved(entity);
    }

    @Transactional(readOnly = true)
    public List<SavedGraph> list() {
        return graphs.findByOwnerIdOrderByUpdatedAtDesc(currentUser.require()).stream().map(this::toSaved).toList();
    }

    /** An empty graph with default training settings, ready to be built from the palette. */
    @Transactional
    public SavedGraph createBlank(String name) {
        return create(GraphDocument.of(requireName(name), List.of(), List.of(), TrainingSettings.defaults()));
    }

    /** A copy under a new name, starting its own history at version 1. */
    @Transactional
    public SavedGraph duplicate(long id, String newName) {
        GraphEntity original = access.owned(id);
        return create(parse(original.getDocument()).withName(requireName(newName)));
    }

    @Transactional
    public SavedGraph rename(long id, String newName) {
        GraphEntity graph = access.owned(id);
        return save(id, graph.getLockVersion(), parse(graph.getDocument()).withName(requireName(newName)));
    }

    /** Deletes the graph and its versions; its training runs stay, with their own copy of what they trained. */
    @Transactional
    public void delete(long id) {
        graphs.delete(access.owned(id));
    }

    @Transactional(readOnly = true)
    public List<GraphVersionInfo> versions(long id) {
        access.readable(id);
        return versions.findByGraphIdOrderByVersionNumberDesc(id).stream()
                .map(v -> new GraphVersionInfo(id, v.getVersionNumber(), v.getCreatedAt(), parse(v.getDocument()).nodes().size()))
                .toList();
    }

    /** The document as it was saved in one version, to open or restore. */
    @Transactional(readOnly = true)
    public GraphDocument loadVersion(long id, int version) {
        access.readable(id);
        return versions.findByGraphIdAndVersionNumber(id, version)
                .map(v -> parse(v.getDocument()))
                .orElseThrow(() -> new GraphNotFoundException(id));
    }

    /** Validation, shapes and statistics for a document: cheap enough to run on every structural edit. */
    public Analysis analyze(GraphDocument document) {
        return analyzer.analyze(document);
    }

    private void appendVersion(GraphEntity entity, GraphDocument document) {
        String json = GraphJson.write(document);
        int number = entity.recordSave(json, clock.instant());
        versions.save(new GraphVersionEntity(entity.getId(), number, json, clock.instant()));
    }

    public SavedGraph toSaved(GraphEntity entity) {
        boolean mine = access.isOwner(entity);
        String owner = entity.getOwnerId() == null ? "" : users.findById(entity.getOwnerId())
                .map(dev.deepcanvas.db.account.UserEntity::getDisplayName).orElse("");
        return new SavedGraph(entity.getId(), entity.getName(), entity.getDescription(), entity.getLatestVersion(),
                entity.getLockVersion(), entity.getUpdatedAt(), parse(entity.getDocument()), owner, mine,
                entity.isPublic(), mine ? entity.getShareToken() : null, entity.isShareRuns(),
                entity.getForkedFromId(), entity.getForkCount());
    }

    private static GraphDocument parse(String json) {
        try {
            return GraphJson.parse(json);
        } catch (GraphFormatException e) {
            // Only documents the compiler accepted are ever stored; failing here means the file was edited by hand.
            throw new IllegalStateException("A stored graph is unreadable: " + e.getMessage(), e);
        }
    }

    private static String requireName(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("A graph needs a name.");
        }
        if (name.length() > 200) {
            throw new IllegalArgumentException("A graph name can have at most 200 characters.");
        }
        return name.strip();
    }
}
