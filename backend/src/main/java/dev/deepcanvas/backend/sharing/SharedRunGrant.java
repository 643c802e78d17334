package dev.deepcanvas.backend.sharing;

import dev.deepcanvas.backend.account.AccountPrincipal;
import dev.deepcanvas.backend.graph.GraphAccess;
import dev.deepcanvas.backend.graph.GraphNotFoundException;
import dev.deepcanvas.db.account.UserRepository;
import dev.deepcanvas.db.graph.GraphEntity;
import dev.deepcanvas.db.run.RunEntity;
import dev.deepcanvas.db.run.RunRepository;
import dev.deepcanvas.db.run.RunStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * What a share link grants beyond the graph: the succeeded runs of that graph, by its owner, when the owner ticked
 * "share results" — and nothing else. {@link #read} checks the link against one run on every call (a link turned off
 * stops working at once) and then reads that run's model as its owner would, read-only: the Inside services, the
 * model cache and the dataset store all authorise by the caller, and the link holder is not the owner.
 */
@Component
class SharedRunGrant {

    private final GraphAccess access;
    private final RunRepository runs;
    private final UserRepository users;

    SharedRunGrant(GraphAccess access, RunRepository runs, UserRepository users) {
        this.access = access;
        this.runs = runs;
        this.users = users;
    }

    /** The graph and the run the link leads to. */
    record Granted(GraphEntity graph, RunEntity run) {
    }

    /**
     * The run, when the link shows it.
     *
     * @throws SharedRunRefusedException for a wrong or revoked link, results not shared, or a run that is not a
     *                                   succeeded run of the link's graph by the graph's owner
     */
    @Transactional(readOnly = true)
    Granted check(String token, long runId) {
        GraphEntity graph;
        try {
            graph = access.byToken(token);
        } catch (GraphNotFoundException wrongOrRevoked) {
            throw new SharedRunRefusedException(runId);
        }
        RunEntity run = runs.findById(runId).orElseThrow(() -> new SharedRunRefusedException(runId));
        boolean shown = graph.isShareRuns() && graph.getOwnerId() != null
                && Objects.equals(run.getGraphId(), graph.getId())
                && Objects.equals(run.getOwnerId(), graph.getOwnerId())
                && run.getStatus() == RunStatus.SUCCEEDED;
        if (!shown) {
            throw new SharedRunRefusedException(runId);
        }
        return new Granted(graph, run);
    }

    /**
     * Runs {@code reading} as the run's owner, once the link is known to show the run. Only this class calls the
     * services this way, and only with the one run the link was checked against.
     */
    <T> T read(String token, long runId, Supplier<T> reading) {
        Granted granted = check(token, runId);
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext owner = SecurityContextHolder.createEmptyContext();
        owner.setAuthentication(ownerOf(granted.graph()));
        SecurityContextHolder.setContext(owner);
        try {
            return reading.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    private UsernamePasswordAuthenticationToken ownerOf(GraphEntity graph) {
        long ownerId = graph.getOwnerId();
        // No password hash: this identity is never signed in with, only read under for one call.
        AccountPrincipal principal = users.findById(ownerId)
                .map(u -> new AccountPrincipal(ownerId, u.getUsername(), u.getDisplayName(), ""))
                .orElseThrow(() -> new IllegalStateException("graph " + graph.getId() + " has no owner account"));
        return new UsernamePasswordAuthenticationToken(principal, null, List.of());
    }
}
