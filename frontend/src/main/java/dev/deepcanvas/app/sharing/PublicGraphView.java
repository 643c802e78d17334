package dev.deepcanvas.app.sharing;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.deepcanvas.app.editor.EditorView;
import dev.deepcanvas.app.layout.MainLayout;
import dev.deepcanvas.backend.graph.GraphNotFoundException;
import dev.deepcanvas.backend.graph.GraphService;
import dev.deepcanvas.backend.graph.SavedGraph;

import java.util.List;

/** A graph from the community gallery, read-only for everyone but its owner. */
@Route(value = "community/:graphId", layout = MainLayout.class)
@PageTitle("Community graph · DeepCanvas")
@AnonymousAllowed
public class PublicGraphView extends VerticalLayout implements BeforeEnterObserver {

    private final GraphService graphs;
    private final AuthenticationContext authentication;

    public PublicGraphView(GraphService graphs, AuthenticationContext authentication) {
        this.graphs = graphs;
        this.authentication = authentication;
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        try {
            long id = event.getRouteParameters().getLong("graphId").orElseThrow(GraphNotFoundException::new);
            SavedGraph graph = graphs.load(id);
            add(new ReadOnlyGraph(graph, graphs.analyze(graph.document()), List.of(),
                    authentication.isAuthenticated(), () -> fork(id), "community/" + id, null));
        } catch (GraphNotFoundException e) {
            add(SharedLinkView.notFound(e.getMessage()));
        }
    }

    /** Forks the graph; one made private or deleted since the page opened says so in place of the graph. */
    private void fork(long id) {
        try {
            SavedGraph fork = graphs.fork(id);
            UI.getCurrent().navigate(EditorView.class, new RouteParameters("graphId", String.valueOf(fork.id())));
        } catch (GraphNotFoundException gone) {
            SharedLinkView.showGone(this, gone.getMessage());
        }
    }
}
