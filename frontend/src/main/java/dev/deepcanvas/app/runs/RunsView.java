package dev.deepcanvas.app.runs;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.deepcanvas.app.layout.MainLayout;
import dev.deepcanvas.app.security.SignedInCommand;
import jakarta.annotation.security.PermitAll;
import dev.deepcanvas.backend.dataset.DatasetDescriptor;
import dev.deepcanvas.backend.dataset.DatasetService;
import dev.deepcanvas.backend.training.RunEvents;
import dev.deepcanvas.backend.training.RunQueries;
import dev.deepcanvas.backend.training.RunSummary;

import java.time.Duration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/** Every training run, newest first, as stored in H2; refreshed live while runs progress. */
@Route(value = "runs", layout = MainLayout.class)
@PageTitle("Runs · DeepCanvas")
@PermitAll
public class RunsView extends VerticalLayout {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    private final RunQueries queries;
    private final RunEvents events;
    private final Grid<RunSummary> grid = new Grid<>();
    /** Titles by id; a run whose uploaded dataset was deleted shows the id it was trained on. */
    private final Map<String, String> datasetTitles;
    private final Paragraph empty = new Paragraph("No runs yet. Open the editor and press Train.");
    private final Button compare = new Button("Compare", VaadinIcon.SPLIT.create());
    private RunEvents.Subscription subscription;
    /** The runs ticked for Compare, by id. */
    private final Set<Long> ticked = new HashSet<>();

    public RunsView(RunQueries queries, RunEvents events, DatasetService datasets) {
        this.queries = queries;
        this.datasetTitles = datasets.list().stream()
                .collect(Collectors.toMap(DatasetDescriptor::id, DatasetDescriptor::title, (a, b) -> a));
        this.events = events;
        addClassName("runs-view");
        setSizeFull();

        H2 title = new H2("Training runs");
        grid.setId("runs-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // Runs are ticked for Compare in a column of labelled boxes of its own: Vaadin's selection column gives its
        // boxes no accessible name, and its "select all" box an ARIA label its element may not carry.
        grid.setSelectionMode(Grid.SelectionMode.NONE);
        grid.addComponentColumn(this::compareBox).setHeader("Compare").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(r -> {
            RouterLink link = new RouterLink("#" + r.id(), RunDetailView.class,
                    new RouteParameters("id", String.valueOf(r.id())));
            link.setId("run-link-" + r.id());
            return link;
        })).setHeader("Run").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(RunSummary::graphName).setHeader("Graph").setFlexGrow(2);
        grid.addColumn(r -> r.graphVersion() == null ? "–" : "v" + r.graphVersion()).setHeader("Version")
                .setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(r -> datasetTitles.getOrDefault(r.datasetId(), r.datasetId())).setHeader("Dataset")
                .setAutoWidth(true);
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
        grid.addColumn(RunsView::duration).setHeader("Training time").setAutoWidth(true).setTextAlign(ColumnTextAlign.END);
        grid.addColumn(RunsView::worker).setHeader("Worker").setAutoWidth(true);
        grid.setSizeFull();
        empty.addClassName("muted");

        compare.setId("compare-button");
        compare.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        compare.setEnabled(false);
        compare.setTooltipText("Select two or more runs to compare their curves and settings");
        compare.addClickListener(e -> compare.getUI().ifPresent(ui -> ui.navigate(CompareView.class,
                QueryParameters.simple(Map.of("runs", ticked.stream().sorted()
                        .map(String::valueOf).collect(Collectors.joining(",")))))));
        HorizontalLayout head = new HorizontalLayout(title, compare);
        head.setAlignItems(FlexComponent.Alignment.CENTER);
        head.setWidthFull();
        head.expand(title);

        add(head, empty, grid);
        expand(grid);
        refresh();
    }

    private void refresh() {
        var runs = queries.list();
        // New items replace the old ones; keep what the user had ticked for Compare, of the runs still there.
        ticked.retainAll(runs.stream().map(RunSummary::id).collect(Collectors.toSet()));
        grid.setItems(runs);
        compare.setEnabled(ticked.size() >= 2);
        empty.setVisible(runs.isEmpty());
    }

    private Checkbox compareBox(RunSummary run) {
        Checkbox box = new Checkbox();
        box.setAriaLabel("Compare run #" + run.id());
        box.setValue(ticked.contains(run.id()));
        box.addValueChangeListener(e -> {
            if (e.getValue()) {
                ticked.add(run.id());
            } else {
                ticked.remove(run.id());
            }
            compare.setEnabled(ticked.size() >= 2);
        });
        return box;
    }

    /** The worker that trains the run or trained it last; a dash until one takes it. */
    static String worker(RunSummary run) {
        return run.provenance() == null || run.provenance().worker() == null ? "–" : run.provenance().worker();
    }

    /** The training time actually spent, which for a resumed run leaves out the time it lay interrupted. */
    static String duration(RunSummary run) {
        if (run.startedAt() == null) {
            return "–";
        }
        Duration d = run.trainingTime();
        return d.toMinutes() > 0 ? d.toMinutes() + " min " + d.toSecondsPart() + " s"
                : String.format(java.util.Locale.ROOT, "%.1f s", d.toMillis() / 1000.0);
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
            subscription.close();
            subscription = null;
        }
    }
}
