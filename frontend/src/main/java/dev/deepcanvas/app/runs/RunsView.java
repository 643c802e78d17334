package dev.deepcanvas.app.runs;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.deepcanvas.app.layout.MainLayout;
import dev.deepcanvas.app.security.SignedInCommand;
import jakarta.annotation.security.PermitAll;
import dev.deepcanvas.backend.training.RunEvents;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.backend.training.TrainingService;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Every training run, newest first, as stored in H2; refreshed live while runs progress. */
@Route(value = "runs", layout = MainLayout.class)
@PageTitle("Runs · DeepCanvas")
@PermitAll
public class RunsView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final TrainingService training;
    private final RunEvents events;
    private final Grid<RunSummary> grid = new Grid<>();
    private final Paragraph empty = new Paragraph("No runs yet. Open the editor and press Train.");
    private AutoCloseable subscription;

    public RunsView(TrainingService training, RunEvents events) {
        this.training = training;
        this.events = events;
        addClassName("runs-view");
        setSizeFull();

        H2 title = new H2("Training runs");
        grid.setId("runs-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(r -> "#" + r.id()).setHeader("Run").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RunSummary::graphName).setHeader("Graph").setFlexGrow(2);
        grid.addColumn(r -> r.graphVersion() == null ? "–" : "v" + r.graphVersion()).setHeader("Version")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RunSummary::datasetId).setHeader("Dataset").setAutoWidth(true);
        grid.addColumn(new ComponentRenderer<>(r -> {
            Span badge = new Span(RunStatusText.of(r.status()));
            badge.getElement().setAttribute("theme", RunStatusText.badgeTheme(r.status()));
            if (r.message() != null) {
                badge.getElement().setAttribute("title", r.message());
            }
            return badge;
        })).setHeader("Status").setAutoWidth(true);
        grid.addColumn(r -> r.epochsCompleted() + " / " + r.epochsPlanned()).setHeader("Epochs").setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> RunStatusText.loss(r.finalLoss())).setHeader("Final loss").setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> RunStatusText.percent(r.accuracy())).setHeader("Held-out accuracy").setAutoWidth(true)
                .setTextAlign(ColumnTextAlign.END);
        grid.addColumn(r -> WHEN.format(r.createdAt())).setHeader("Started").setAutoWidth(true);
        grid.addColumn(RunsView::duration).setHeader("Duration").setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.setSizeFull();
        empty.addClassName("muted");

        add(title, empty, grid);
        expand(grid);
        refresh();
    }

    private void refresh() {
        var runs = training.list();
        grid.setItems(runs);
        empty.setVisible(runs.isEmpty());
    }

    private static String duration(RunSummary run) {
        if (run.startedAt() == null || run.finishedAt() == null) {
            return "–";
        }
        Duration d = Duration.between(run.startedAt(), run.finishedAt());
        return d.toMinutes() > 0 ? d.toMinutes() + " min " + d.toSecondsPart() + " s"
                : String.format("%.1f s", d.toMillis() / 1000.0);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        var viewer = SignedInCommand.capture();
        // Re-reading on terminal updates only keeps the page calm while a run streams epochs.
        subscription = events.subscribe(update -> {
            if (update.status().isTerminal() || (update.epochsCompleted() == 0 && update.iteration() == 0)) {
                SignedInCommand.access(ui, viewer, this::refresh);
            }
        });
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (subscription != null) {
            try {
                subscription.close();
            } catch (Exception ignored) {
                // closing a subscription only removes a list entry
            }
            subscription = null;
        }
    }
}
