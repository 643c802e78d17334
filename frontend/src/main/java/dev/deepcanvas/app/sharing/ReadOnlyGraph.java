package dev.deepcanvas.app.sharing;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import dev.deepcanvas.app.editor.GraphCanvas;
import dev.deepcanvas.app.editor.CanvasAnalysis;
import dev.deepcanvas.app.runs.RunStatusText;
import dev.deepcanvas.backend.graph.SavedGraph;
import dev.deepcanvas.backend.sharing.SharedRun;
import dev.deepcanvas.graph.analysis.Analysis;
import dev.deepcanvas.graph.document.GraphJson;
import dev.deepcanvas.graph.layers.LayerCatalog;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * A graph someone shared, for reading: the canvas (pan, zoom, inspect; no edits), its statistics, its results
 * when the owner shared them (each with the way inside its model), and a Fork button — or, for visitors, the way to an account that can fork.
 */
class ReadOnlyGraph extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneId.systemDefault());

    /**
     * @param runsPath where a shared run's Inside view is, before its id ({@code shared/TOKEN/runs/}); null where
     *                 no runs are shown
     */
    ReadOnlyGraph(SavedGraph graph, Analysis analysis, List<SharedRun> runs, boolean signedIn, Runnable fork,
                  String continuePath, String runsPath) {
        addClassName("read-only-graph");
        setSizeFull();
        setPadding(false);
        setSpacing(false);

        H2 title = new H2(graph.name());
        title.setId("shared-title");
        Span badge = new Span("Read-only");
        badge.getElement().setAttribute("theme", "badge contrast");
        badge.setId("read-only-badge");
        Span author = new Span("by " + graph.ownerName());
        author.setId("shared-author");
        author.addClassName("muted");
        Span stats = new Span(String.format("%,d parameters · %d layers", analysis.totalParams(),
                graph.document().nodes().size()) + " · forked " + graph.forkCount()
                + (graph.forkCount() == 1 ? " time" : " times"));
        stats.setId("shared-stats");
        stats.addClassName("muted");

        HorizontalLayout head = new HorizontalLayout(title, badge, author, stats);
        head.setAlignItems(FlexComponent.Alignment.BASELINE);
        head.addClassName("shared-head");
        head.expand(stats);
        if (signedIn) {
            Button forkButton = new Button("Fork into my graphs", VaadinIcon.COPY.create(), e -> fork.run());
            forkButton.setId("fork-button");
            forkButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            head.add(forkButton);
        } else {
            Anchor signUp = new Anchor("signup?continue=" + continuePath, "Create an account to fork it");
            signUp.setId("signup-to-fork");
            signUp.addClassName("nav-cta");
            Anchor signIn = new Anchor("login?continue=" + continuePath, "Sign in");
            signIn.setId("signin-to-fork");
            head.add(signIn, signUp);
        }
        head.setWidthFull();

        Paragraph description = new Paragraph(graph.description());
        description.addClassName("muted");
        description.setVisible(!graph.description().isBlank());

        GraphCanvas canvas = new GraphCanvas();
        canvas.setReadOnly(true);
        canvas.setLayersJson(LayerCatalog.toJson());
        canvas.setGraphJson(GraphJson.write(graph.document()));
        canvas.setAnalysisJson(CanvasAnalysis.of(analysis).toJson());
        canvas.setSizeFull();
        Div canvasBox = new Div(canvas);
        canvasBox.addClassName("shared-canvas");

        add(head, description, canvasBox);
        expand(canvasBox);
        if (!runs.isEmpty()) {
            add(new H3("Results"), runsGrid(runs, runsPath));
        }
    }

    private static Grid<SharedRun> runsGrid(List<SharedRun> runs, String runsPath) {
        Grid<SharedRun> grid = new Grid<>();
        grid.setId("shared-runs");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(r -> "#" + r.id()).setHeader("Run").setAutoWidth(true);
        grid.addColumn(SharedRun::datasetTitle).setHeader("Dataset").setAutoWidth(true);
        grid.addColumn(SharedRun::epochsCompleted).setHeader("Epochs").setAutoWidth(true);
        grid.addColumn(r -> RunStatusText.loss(r.finalLoss())).setHeader("Final loss").setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> RunStatusText.percent(r.accuracy())).setHeader("Held-out accuracy")
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> WHEN.format(r.createdAt())).setHeader("Trained").setAutoWidth(true);
        if (runsPath != null) {
            grid.addComponentColumn(r -> {
                Anchor inside = new Anchor(runsPath + r.id(), "Inside the model");
                inside.addClassName("shared-run-inside");
                inside.getElement().setAttribute("data-run", String.valueOf(r.id()));
                return inside;
            }).setHeader("Look inside").setAutoWidth(true);
        }
        grid.setItems(runs);
        grid.setAllRowsVisible(true);
        return grid;
    }
}
