package dev.deepcanvas.backend.sharing;

import dev.deepcanvas.backend.account.AccountService;
import dev.deepcanvas.backend.dataset.DatasetService;
import dev.deepcanvas.backend.graph.GraphAccess;
import dev.deepcanvas.backend.graph.GraphService;
import dev.deepcanvas.backend.graph.SavedGraph;
import dev.deepcanvas.db.graph.GraphEntity;
import dev.deepcanvas.db.graph.GraphRepository;
import dev.deepcanvas.db.run.RunRepository;
import dev.deepcanvas.db.run.RunStatus;
import dev.deepcanvas.graph.document.GraphFormatException;
import dev.deepcanvas.graph.document.GraphJson;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Locale;

/**
 * Sharing a graph: a read-only link (optionally with its runs' results), revoking it, and publishing the graph
 * in the community gallery. Only the owner may change how a graph is shared.
 */
@Service
public class SharingService {

    private final GraphAccess access;
    private final GraphService graphService;
    private final GraphRepository graphs;
    private final RunRepository runs;
    private final AccountService accounts;
    private final DatasetService datasets;

    public SharingService(GraphAccess access, GraphService graphService, GraphRepository graphs, RunRepository runs,
                          AccountService accounts, DatasetService datasets) {
        this.datasets = datasets;
        this.access = access;
        this.graphService = graphService;
        this.graphs = graphs;
        this.runs = runs;
        this.accounts = accounts;
    }

    /** Creates the graph's link, or keeps the existing one, and sets whether run results are shown with it. */
    @Transactional
    public SavedGraph shareLink(long graphId, boolean includeRuns) {
        GraphEntity graph = access.owned(graphId);
        graph.share(graph.getShareToken() == null ? ShareTokens.next() : graph.getShareToken(), includeRuns);
        graphs.flush();
        return graphService.toSaved(graph);
    }

    /** Stops the link working at once; a new link later gets a new token. */
    @Transactional
    public SavedGraph revokeLink(long graphId) {
        GraphEntity graph = access.owned(graphId);
        graph.revokeShare();
        graphs.flush();
        return graphService.toSaved(graph);
    }

    @Transactional
    public SavedGraph setPublic(long graphId, boolean isPublic) {
        GraphEntity graph = access.owned(graphId);
        graph.setPublic(isPublic);
        graphs.flush();
        return graphService.toSaved(graph);
    }

    /** The finished runs of a shared graph, when its owner chose to share results with the link. */
    @Transactional(readOnly = true)
    public List<SharedRun> sharedRuns(String token) {
        GraphEntity graph = access.byToken(token);
        if (!graph.isShareRuns()) {
            return List.of();
        }
        return runs.findByGraphIdOrderByCreatedAtDesc(graph.getId()).stream()
                .filter(r -> r.getStatus() == RunStatus.SUCCEEDED)
                .map(r -> new SharedRun(r.getId(), r.getDatasetId(),
                        datasets.titleOwnedBy(r.getDatasetId(), graph.getOwnerId()), "Succeeded", r.getEpochsCompleted(),
                        r.getFinalLoss(), r.getAccuracy(), r.getCreatedAt()))
                .toList();
    }

    /** Public graphs, most forked first, filtered by a case-insensitive search in name, description and author. */
    @Transactional(readOnly = true)
    public List<PublicGraph> gallery(String query) {
        String q = query == null ? "" : query.trim().toLowerCase(Locale.ROOT);
        return graphs.findByPublicGraphTrueOrderByForkCountDescUpdatedAtDesc().stream()
                .map(this::toPublic)
                .filter(g -> q.isEmpty() || (g.name() + " " + g.description() + " " + g.author())
                        .toLowerCase(Locale.ROOT).contains(q))
                .toList();
    }

    private PublicGraph toPublic(GraphEntity graph) {
        int layers;
        try {
            layers = GraphJson.parse(graph.getDocument()).nodes().size();
        } catch (GraphFormatException e) {
            layers = 0;
        }
        return new PublicGraph(graph.getId(), graph.getName(), graph.getDescription(),
                accounts.displayName(graph.getOwnerId()), layers, graph.getForkCount(), graph.getUpdatedAt());
    }
}
