package dev.deepcanvas.backend.graph;

import dev.deepcanvas.backend.account.CurrentUser;
import dev.deepcanvas.db.graph.GraphEntity;
import dev.deepcanvas.db.graph.GraphRepository;
import org.springframework.stereotype.Component;

import java.util.Objects;

/**
 * The one place that decides who may touch a graph. The owner may do anything; anyone may read a public graph;
 * a share link lets its holder read. Every refusal is the same "not found", so ids and tokens cannot be probed.
 */
@Component
public class GraphAccess {

    private final GraphRepository graphs;
    private final CurrentUser currentUser;

    public GraphAccess(GraphRepository graphs, CurrentUser currentUser) {
        this.graphs = graphs;
        this.currentUser = currentUser;
    }

    /** A graph the caller owns; must run inside a transaction to modify it. */
    public GraphEntity owned(long id) {
        GraphEntity entity = graphs.findById(id).orElseThrow(() -> new GraphNotFoundException(id));
        if (!Objects.equals(entity.getOwnerId(), currentUser.require())) {
            throw new GraphNotFoundException(id);
        }
        return entity;
    }

    /** A graph the caller may read: their own or a public one. */
    public GraphEntity readable(long id) {
        GraphEntity entity = graphs.findById(id).orElseThrow(() -> new GraphNotFoundException(id));
        Long caller = currentUser.id().orElse(null);
        if (entity.isPublic() || (caller != null && caller.equals(entity.getOwnerId()))) {
            return entity;
        }
        throw new GraphNotFoundException(id);
    }

    /** The graph behind a share link; a wrong or revoked token answers exactly like a missing graph. */
    public GraphEntity byToken(String token) {
        if (token == null || token.isBlank() || token.length() > 64) {
            throw new GraphNotFoundException();
        }
        return graphs.findByShareToken(token).orElseThrow(GraphNotFoundException::new);
    }

    public boolean isOwner(GraphEntity entity) {
        return currentUser.id().map(id -> id.equals(entity.getOwnerId())).orElse(false);
    }
}
