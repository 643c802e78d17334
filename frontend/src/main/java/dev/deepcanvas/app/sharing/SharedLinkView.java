package dev.deepcanvas.app.sharing;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import dev.deepcanvas.app.editor.EditorView;
import dev.deepcanvas.app.errors.UserNotice;
import dev.deepcanvas.app.layout.MainLayout;
import dev.deepcanvas.backend.graph.GraphNotFoundException;
import dev.deepcanvas.backend.graph.GraphService;
import dev.deepcanvas.backend.graph.SavedGraph;
import dev.deepcanvas.backend.sharing.SharingService;

/** A graph opened through its share link: readable by anyone holding the link, no account needed. */
@Route(value = "shared/:token", layout = MainLayout.class)
@PageTitle("Shared graph · DeepCanvas")
@AnonymousAllowed
public class SharedLinkView extends VerticalLayout implements BeforeEnterObserver {

    private final GraphService graphs;
    private final SharingService sharing;
    private final AuthenticationContext authentication;

    public SharedLinkView(GraphService graphs, SharingService sharing, AuthenticationContext authentication) {
        this.graphs = graphs;
        this.sharing = sharing;
        this.authentication = authentication;
        setSizeFull();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        String token = event.getRouteParameters().get("token").orElse("");
        try {
            SavedGraph graph = graphs.loadShared(token);
            add(new ReadOnlyGraph(graph, graphs.analyze(graph.document()), sharing.sharedRuns(token),
                    authentication.isAuthenticated(), () -> fork(token), "shared/" + token,
                    "shared/" + token + "/runs/"));
        } catch (GraphNotFoundException e) {
            add(notFound(e.getMessage()));
        }
    }

    /** Forks through the link; a link revoked since the page opened says so in place of the graph. */
    private void fork(String token) {
        try {
            SavedGraph fork = graphs.forkShared(token);
            UI.getCurrent().navigate(EditorView.class, new RouteParameters("graphId", String.valueOf(fork.id())));
        } catch (GraphNotFoundException gone) {
            showGone(this, gone.getMessage());
        }
    }

    /** The graph went away while its page was open: the page says why, and so does a notification. */
    static void showGone(VerticalLayout page, String message) {
        page.removeAll();
        page.add(notFound(message));
        UserNotice.refused(message);
    }

    static VerticalLayout notFound(String message) {
        H2 title = new H2("Nothing to show");
        Paragraph text = new Paragraph(message);
        text.setId("not-shared");
        VerticalLayout box = new VerticalLayout(title, text);
        box.setAlignItems(Alignment.CENTER);
        return box;
    }
}
