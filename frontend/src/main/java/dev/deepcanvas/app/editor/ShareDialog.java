package dev.deepcanvas.app.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.deepcanvas.backend.graph.SavedGraph;
import dev.deepcanvas.backend.sharing.SharingService;

import java.util.function.Consumer;

/** How a graph is shared: a read-only link (with or without results) and a listing in the community gallery. */
class ShareDialog extends Dialog {

    /** Says what the results bring with them: the Inside view shows examples of the data the run was trained on. */
    static final String WITH_RUNS = "Include the results of finished runs and a look inside their models (with "
            + "held-out examples of their data)";

    private final SharingService sharing;
    private final String baseUrl;
    private final Consumer<SavedGraph> onChange;
    private final VerticalLayout content = new VerticalLayout();

    ShareDialog(SharingService sharing, SavedGraph graph, String baseUrl, Consumer<SavedGraph> onChange) {
        this.sharing = sharing;
        this.baseUrl = baseUrl;
        this.onChange = onChange;
        setHeaderTitle("Share · " + graph.name());
        setId("share-dialog");
        setWidth("560px");
        content.setPadding(false);
        add(content);
        getFooter().add(new Button("Done", e -> close()));
        show(graph);
    }

    private void show(SavedGraph graph) {
        content.removeAll();
        content.add(new H4("Link"));
        if (graph.shareToken() == null) {
            content.add(muted("Anyone with a link can open a read-only copy and fork it. The link is a long random "
                    + "secret; you can turn it off at any time."));
            Checkbox withRuns = new Checkbox(WITH_RUNS);
            withRuns.setId("share-with-runs");
            Button create = new Button("Create link", VaadinIcon.LINK.create(),
                    e -> changed(sharing.shareLink(graph.id(), withRuns.getValue())));
            create.setId("create-link");
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            content.add(withRuns, create);
        } else {
            String url = baseUrl + "shared/" + graph.shareToken();
            TextField link = new TextField();
            link.setId("share-link");
            link.setValue(url);
            link.setReadOnly(true);
            link.setWidthFull();
            Button copy = new Button(VaadinIcon.COPY.create(), e -> {
                link.getElement().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", url);
                Notification.show("Link copied.", 2000, Notification.Position.BOTTOM_START);
            });
            copy.setTooltipText("Copy the link");
            Checkbox withRuns = new Checkbox(WITH_RUNS, graph.shareRuns());
            withRuns.addValueChangeListener(e -> changed(sharing.shareLink(graph.id(), e.getValue())));
            Button revoke = new Button("Stop sharing this link", e -> changed(sharing.revokeLink(graph.id())));
            revoke.setId("revoke-link");
            revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout row = new HorizontalLayout(link, copy);
            row.setWidthFull();
            row.expand(link);
            content.add(row, withRuns, revoke);
        }
        content.add(new H4("Community gallery"));
        Checkbox isPublic = new Checkbox("List this graph publicly (anyone can find, open and fork it)",
                graph.isPublic());
        isPublic.setId("share-public");
        isPublic.addValueChangeListener(e -> changed(sharing.setPublic(graph.id(), e.getValue())));
        content.add(isPublic, muted("Forked " + graph.forkCount() + (graph.forkCount() == 1 ? " time." : " times.")));
    }

    private void changed(SavedGraph graph) {
        onChange.accept(graph);
        show(graph);
    }

    private static Paragraph muted(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("muted");
        return p;
    }
}
