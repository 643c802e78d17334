package dev.deepcanvas.app.editor;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.BeforeLeaveEvent;
import com.vaadin.flow.router.BeforeLeaveObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouteParameters;
import dev.deepcanvas.app.layout.MainLayout;
import dev.deepcanvas.app.security.ContinueAfterSignIn;
import dev.deepcanvas.backend.dataset.DatasetService;
import dev.deepcanvas.backend.graph.GraphNotFoundException;
import dev.deepcanvas.backend.graph.GraphService;
import dev.deepcanvas.backend.graph.SavedGraph;
import dev.deepcanvas.backend.inside.NodeRuns;
import dev.deepcanvas.backend.sharing.SharingService;
import dev.deepcanvas.backend.training.DatasetFitCheck;
import dev.deepcanvas.backend.training.RunEvents;
import dev.deepcanvas.backend.training.RunLauncher;
import dev.deepcanvas.backend.training.RunQueries;
import dev.deepcanvas.graph.analysis.Analysis;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphFormatException;
import dev.deepcanvas.graph.document.GraphJson;
import dev.deepcanvas.graph.layers.LayerCatalog;
import jakarta.annotation.security.PermitAll;

import java.util.List;
import java.util.Optional;

/**
 * The editor: palette and canvas in the middle, the graph's actions above, properties, problems and training
 * on the right. A thin view: it wires the parts and forwards their events. The document's edits are the
 * document's own methods, undo and the unsaved state live in {@link EditSession}, saving in {@link SaveAction},
 * training in {@link EditorTraining}, and meaning comes from the compiler through {@link GraphService}. Every
 * change to the document goes through {@link #apply} so it is undoable, re-analysed and marked unsaved in one
 * place.
 */
@Route(value = "editor/:graphId?", layout = MainLayout.class)
@RouteAlias(value = "", layout = MainLayout.class)
@PageTitle("Editor · DeepCanvas")
@PermitAll
public class EditorView extends VerticalLayout implements BeforeEnterObserver, BeforeLeaveObserver {

    private final GraphService graphs;
    private final SharingService sharing;
    private final GraphCanvas canvas = new GraphCanvas();
    private final UnsavedChangesGuard guard = new UnsavedChangesGuard(this);
    private final EditSession session = new EditSession(this::showSaveState);
    private final SaveAction saving;
    private final EditorToolbar toolbar;
    private final EditorSide side;
    private final EditorTraining editorTraining;

    private Analysis analysis;
    private List<String> selection = List.of();

    public EditorView(GraphService graphs, RunLauncher launcher, RunQueries runs, DatasetFitCheck fitCheck,
                      RunEvents events, DatasetService datasets, SharingService sharing, NodeRuns nodeRuns) {
        this.graphs = graphs;
        this.sharing = sharing;
        addClassName("editor-view");
        setSizeFull();
        setPadding(false);
        setSpacing(false);

        toolbar = new EditorToolbar(new ToolbarActions(), new ExportLink(session::current));
        saving = new SaveAction(graphs, session, toolbar::focusName, this::open, this::navigateTo);
        RunPanel runPanel = new RunPanel(events, launcher);
        side = new EditorSide(new PropertiesPanel(new PanelEdits(), nodeId -> session.saved() == null
                ? Optional.empty() : nodeRuns.newestRunThatSaw(session.saved().id(), nodeId)), new ProblemsPanel(this::focusProblem),
                new TrainingSettingsForm(settings -> apply(session.current().withTraining(settings))), runPanel);
        editorTraining = new EditorTraining(launcher, runs, fitCheck, datasets, session, runPanel, saving::save,
                side::showTraining, () -> analysis.problems(), this::focusProblem);

        canvas.setSizeFull();
        canvas.setLayersJson(LayerCatalog.toJson());
        canvas.addGraphEditListener(this::onCanvasEdit);
        canvas.addSelectionListener(this::onSelection);
        canvas.addCommandListener(command -> {
            if ("undo".equals(command)) {
                undo();
            } else if ("redo".equals(command)) {
                redo();
            }
        });
        HorizontalLayout body = new HorizontalLayout(canvas, side);
        body.addClassName("editor-body");
        body.setSizeFull();
        body.setSpacing(false);
        body.expand(canvas);

        add(toolbar, body);
        expand(body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (event.getRouteParameters().get("graphId").isEmpty()) {
            // Back from signing in on the way to a shared graph: go there.
            var target = ContinueAfterSignIn.take();
            if (target.isPresent()) {
                event.forwardTo(target.get());
                return;
            }
        }
        var requested = event.getRouteParameters().getLong("graphId");
        SavedGraph graph = null;
        if (requested.isPresent()) {
            try {
                graph = graphs.load(requested.get());
            } catch (GraphNotFoundException e) {
                // Show the latest graph under its own address, so the bar never names a graph that is not shown.
                SavedGraph latest = graphs.openLatestOrStarter();
                Notification.show(e.getMessage() + " Showing your latest graph instead.", 6000,
                        Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_WARNING);
                event.forwardTo(EditorView.class, new RouteParameters("graphId", String.valueOf(latest.id())));
                return;
            }
        }
        if (graph != null && !graph.editable()) {
            // Someone else's public graph: it opens read-only, with a Fork button.
            event.forwardTo("community/" + graph.id());
            return;
        }
        open(graph != null ? graph : graphs.openLatestOrStarter());
    }

    @Override
    public void beforeLeave(BeforeLeaveEvent event) {
        if (session.dirty()) {
            guard.confirmLeave(event, session.current().name(), session::discardChanges);
        }
    }

    private void open(SavedGraph graph) {
        session.open(graph);
        selection = List.of();
        toolbar.showName(session.current().name());
        canvas.setGraphJson(GraphJson.write(session.current()));
        reanalyse();
        editorTraining.followLatestRun();
    }

    /** One undoable edit: recorded in the session (which marks the graph unsaved), then re-analysed. */
    private void apply(GraphDocument next) {
        if (session.apply(next)) {
            reanalyse();
        }
    }

    /** An edit made outside the canvas (forms, versions, import): the canvas must be redrawn too. */
    private void applyAndRedraw(GraphDocument next) {
        apply(next);
        canvas.setGraphJson(GraphJson.write(session.current()));
    }

    private void onCanvasEdit(String json) {
        try {
            apply(GraphJson.parse(json));
        } catch (GraphFormatException e) {
            // The canvas only sends back what it was given plus edits; resync it rather than guess.
            Notification.show("That edit could not be applied: " + e.getMessage(), 6000,
                    Notification.Position.BOTTOM_END).addThemeVariants(NotificationVariant.LUMO_ERROR);
            canvas.setGraphJson(GraphJson.write(session.current()));
        }
    }

    private void onSelection(List<String> ids) {
        selection = ids;
        refreshSidePanels();
        if (!selection.isEmpty()) {
            side.showProperties();
        }
    }

    private void focusProblem(String nodeId) {
        canvas.focusNode(nodeId);
        selection = List.of(nodeId);
        side.showProperties();
    }

    private void undo() {
        session.undo().ifPresent(this::restored);
    }

    private void redo() {
        session.redo().ifPresent(this::restored);
    }

    private void restored(GraphDocument doc) {
        toolbar.showName(doc.name());
        canvas.setGraphJson(GraphJson.write(doc));
        reanalyse();
    }

    private void reanalyse() {
        analysis = graphs.analyze(session.current());
        canvas.setAnalysisJson(CanvasAnalysis.of(analysis).toJson());
        toolbar.showTotals(analysis);
        side.countProblems(analysis.problems().size());
        toolbar.showHistory(session.canUndo(), session.canRedo());
        refreshSidePanels();
    }

    private void refreshSidePanels() {
        side.update(session.current(), analysis, selection);
    }

    private void showSaveState() {
        toolbar.showSaveState(session.dirty(), session.saved().version());
        guard.update(session.dirty());
    }

    private void navigateTo(SavedGraph graph) {
        getUI().ifPresent(ui -> ui.navigate(EditorView.class,
                new RouteParameters("graphId", String.valueOf(graph.id()))));
    }

    private void openVersion(int version) {
        applyAndRedraw(graphs.loadVersion(session.saved().id(), version));
        toolbar.showName(session.current().name());
        Notification.show("Opened version " + version + ". Save to make it the newest version; Undo goes back.",
                5000, Notification.Position.TOP_CENTER);
    }

    private void importDocument(GraphDocument imported) {
        applyAndRedraw(imported.withName(session.current().name()));
        Notification.show("Imported " + imported.nodes().size() + " layers from '" + imported.name()
                + "'. Save to keep them; Undo puts the previous graph back.", 5000, Notification.Position.TOP_CENTER)
                .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    /** The toolbar's buttons, each forwarded to the part that does the work. */
    private final class ToolbarActions implements EditorToolbar.Actions {
        @Override
        public void rename(String name) {
            if (session.isOpen()) {
                apply(session.current().withName(name));
            }
        }

        @Override
        public void undo() {
            EditorView.this.undo();
        }

        @Override
        public void redo() {
            EditorView.this.redo();
        }

        @Override
        public void showSummary() {
            new SummaryDialog(session.current(), analysis).open();
        }

        @Override
        public void showCode() {
            new JavaCodeDialog(session.current()).open();
        }

        @Override
        public void openVersions() {
            SavedGraph saved = session.saved();
            new VersionsDialog(saved.name(), graphs.versions(saved.id()), saved.version(),
                    EditorView.this::openVersion).open();
        }

        @Override
        public void importGraph() {
            new ImportDialog(EditorView.this::importDocument).open();
        }

        @Override
        public void share() {
            new ShareDialog(sharing, session.saved(), BaseUrl.current(), session::sharingChanged).open();
        }

        @Override
        public void save() {
            saving.save();
        }

        @Override
        public void train() {
            editorTraining.train();
        }
    }

    /** The Properties panel's edits, each one document method applied as one undoable edit. */
    private final class PanelEdits implements PropertiesPanel.Edits {
        @Override
        public void setParam(String nodeId, String param, Object value) {
            applyAndRedraw(session.current().withParam(nodeId, param, value));
        }

        @Override
        public void setGroup(List<String> nodeIds, String group) {
            applyAndRedraw(session.current().withBlock(nodeIds, group));
        }

        @Override
        public void setDescription(String description) {
            apply(session.current().withDescription(description));
        }

        @Override
        public void connect(String sourceId, String targetId) {
            applyAndRedraw(Connections.connect(session.current(), sourceId, targetId));
        }

        @Override
        public void delete(List<String> nodeIds) {
            applyAndRedraw(session.current().withoutNodes(nodeIds));
            selection = List.of();
            refreshSidePanels();
        }
    }
}
