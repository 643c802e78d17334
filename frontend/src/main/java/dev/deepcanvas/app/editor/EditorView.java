package dev.deepcanvas.app.editor;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.deepcanvas.app.layout.MainLayout;
import dev.deepcanvas.backend.dataset.DatasetService;
import dev.deepcanvas.backend.graph.GraphConflictException;
import dev.deepcanvas.backend.graph.GraphService;
import dev.deepcanvas.backend.graph.SavedGraph;
import dev.deepcanvas.backend.training.RunEvents;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.backend.training.TrainingRejectedException;
import dev.deepcanvas.backend.training.TrainingService;
import dev.deepcanvas.graph.analysis.Analysis;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphFormatException;
import dev.deepcanvas.graph.document.GraphJson;
import dev.deepcanvas.graph.layers.LayerCatalog;

/**
 * The editor: the canvas in the middle, the graph's name and actions above, the training panel on the right.
 * A thin view: meaning comes from the compiler through {@link GraphService}, training from {@link TrainingService}.
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Editor · DeepCanvas")
public class EditorView extends VerticalLayout {

    private final GraphService graphs;
    private final TrainingService training;

    private final TextField name = new TextField();
    private final Span saveState = new Span();
    private final Span totals = new Span();
    private final GraphCanvas canvas = new GraphCanvas();
    private final RunPanel runPanel;

    private SavedGraph saved;
    private GraphDocument current;
    private boolean dirty;

    public EditorView(GraphService graphs, TrainingService training, RunEvents events, DatasetService datasets) {
        this.graphs = graphs;
        this.training = training;
        this.runPanel = new RunPanel(events, training, datasets.get(datasetOf()).title());
        addClassName("editor-view");
        setSizeFull();
        setPadding(false);
        setSpacing(false);

        name.setId("graph-name");
        name.setAriaLabel("Graph name");
        name.setMaxLength(200);
        name.addValueChangeListener(e -> {
            if (e.isFromClient() && current != null) {
                current = current.withName(e.getValue());
                markDirty();
            }
        });

        Button save = new Button("Save", VaadinIcon.DISC.create(), e -> save());
        save.setId("save-button");
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL).setBrowserDefaultAllowed(false);
        Button train = new Button("Train", VaadinIcon.PLAY.create(), e -> train());
        train.setId("train-button");
        train.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveState.setId("save-state");
        saveState.addClassName("muted");
        totals.setId("graph-totals");
        totals.addClassName("graph-totals");

        HorizontalLayout toolbar = new HorizontalLayout(name, saveState, totals, save, train);
        toolbar.addClassName("editor-toolbar");
        toolbar.setWidthFull();
        toolbar.setAlignItems(FlexComponent.Alignment.CENTER);
        toolbar.expand(totals);

        canvas.setSizeFull();
        canvas.setLayersJson(LayerCatalog.toJson());
        canvas.addGraphEditListener(this::onCanvasEdit);

        HorizontalLayout body = new HorizontalLayout(canvas, runPanel);
        body.addClassName("editor-body");
        body.setSizeFull();
        body.setSpacing(false);
        body.expand(canvas);

        add(toolbar, body);
        expand(body);
        open(graphs.openLatestOrStarter());
    }

    private void open(SavedGraph graph) {
        saved = graph;
        current = graph.document();
        dirty = false;
        name.setValue(current.name());
        canvas.setGraphJson(GraphJson.write(current));
        analyze();
        showSaveState();
    }

    private void onCanvasEdit(String json) {
        try {
            GraphDocument edited = GraphJson.parse(json);
            if (edited.equals(current)) {
                return; // the browser echoing what the server just sent
            }
            current = edited;
        } catch (GraphFormatException e) {
            // The canvas only sends what it was given plus edits; this is a bug, not a user error.
            Notification.show("The edit could not be applied: " + e.getMessage(), 5000, Notification.Position.BOTTOM_END)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            canvas.setGraphJson(GraphJson.write(current));
            return;
        }
        analyze();
        markDirty();
    }

    private void analyze() {
        Analysis analysis = graphs.analyze(current);
        canvas.setAnalysisJson(CanvasAnalysis.of(analysis).toJson());
        int problems = analysis.problems().size();
        totals.setText(String.format("%,d parameters", analysis.totalParams())
                + (problems == 0 ? "" : " · " + problems + (problems == 1 ? " problem" : " problems")));
        totals.getElement().setAttribute("data-params", String.valueOf(analysis.totalParams()));
    }

    private boolean save() {
        if (current.name() == null || current.name().isBlank()) {
            Notification.show("Give the graph a name before saving.", 5000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_WARNING);
            name.focus();
            return false;
        }
        try {
            saved = graphs.save(saved.id(), saved.lockVersion(), current);
            dirty = false;
            showSaveState();
            return true;
        } catch (GraphConflictException e) {
            Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            return false;
        }
    }

    private void train() {
        if (dirty && !save()) {
            return;
        }
        try {
            RunSummary run = training.start(new TrainingService.StartRequest(saved.id(), saved.version(), current,
                    datasetOf()));
            runPanel.follow(run.toUpdate());
        } catch (TrainingRejectedException e) {
            Notification notification = Notification.show("This graph cannot be trained yet: " + e.getMessage(),
                    10000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    private void markDirty() {
        dirty = true;
        showSaveState();
    }

    private void showSaveState() {
        saveState.setText(dirty ? "Unsaved changes" : "Saved · version " + saved.version());
    }

    /** The skeleton trains every graph on Iris; choosing a dataset arrives with the datasets feature. */
    private static String datasetOf() {
        return dev.deepcanvas.backend.dataset.IrisDataset.ID;
    }
}
