package dev.deepcanvas.app.editor;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.deepcanvas.app.runs.RunCharts;
import dev.deepcanvas.app.runs.RunDetailView;
import dev.deepcanvas.app.runs.RunProgress;
import dev.deepcanvas.app.runs.RunStatusText;
import dev.deepcanvas.backend.training.MetricSeries;
import dev.deepcanvas.backend.training.RunEvents;
import dev.deepcanvas.backend.training.RunLauncher;
import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunUpdate;

import java.util.Locale;

/** The editor's right-hand panel: the current run's status, progress and result, updated by server push. */
class RunPanel extends VerticalLayout {

    private final RunEvents events;
    private final RunLauncher launcher;

    private final Paragraph hint = new Paragraph();
    private final Span status = new Span();
    private final ProgressBar progress = new ProgressBar();
    private final Span progressText = new Span();
    private final Paragraph dataset = new Paragraph();
    private final RunCharts charts = new RunCharts();
    private final RouterLink detailLink = new RouterLink();
    private final Span loss = new Span();
    private final Span accuracy = new Span();
    private final Paragraph message = new Paragraph();
    private final Button cancel = new Button("Cancel run");
    private final Div details = new Div();

    private Long runId;
    private RunEvents.Subscription subscription;

    RunPanel(RunEvents events, RunLauncher launcher) {
        this.events = events;
        this.launcher = launcher;
        addClassName("run-panel");
        setId("run-panel");
        setPadding(true);
        setSpacing(false);
        setWidthFull();
        getStyle().set("flex-shrink", "0");

        H3 title = new H3("Training");
        dataset.addClassName("muted");
        dataset.setId("run-dataset");
        dataset.setVisible(false);
        hint.setText("Press Train to choose a dataset and fit this graph. Progress, live loss charts and the "
                + "held-out accuracy appear here.");
        hint.addClassName("muted");

        status.setId("run-status");
        progress.setId("run-progress");
        progressText.setId("run-progress-text");
        progressText.addClassName("run-progress-text");
        detailLink.setId("run-detail-link");
        detailLink.setText("Open the run page");
        loss.setId("run-loss");
        accuracy.setId("run-accuracy");
        message.setId("run-message");
        message.addClassName("run-message");
        cancel.setId("cancel-button");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(e -> {
            if (runId != null) {
                launcher.cancel(runId);
                cancel.setEnabled(false);
            }
        });

        details.addClassName("run-details");
        details.add(row("Status", status), progress, progressText, row("Training loss", loss),
                row("Held-out accuracy", accuracy), message, cancel, charts, detailLink);
        details.setVisible(false);
        add(title, dataset, hint, details);
    }

    /**
     * Starts following a run, drawing what it has recorded so far; earlier runs' updates are ignored from now on.
     */
    void follow(RunUpdate first, String datasetTitle, MetricSeries recorded) {
        runId = first.runId();
        dataset.setText("Dataset: " + datasetTitle);
        dataset.setVisible(true);
        charts.reset(recorded.metricName());
        charts.load(recorded);
        detailLink.setRoute(RunDetailView.class, new RouteParameters("id", String.valueOf(runId)));
        hint.setVisible(false);
        details.setVisible(true);
        cancel.setEnabled(true);
        show(first);
    }

    /** The settings form sits above this panel: brings the live status and charts into view. */
    void reveal() {
        status.scrollIntoView();
    }

    private void show(RunUpdate update) {
        status.setText(RunStatusText.of(update.status()));
        status.getElement().getThemeList().clear();
        status.getElement().setAttribute("theme", RunStatusText.badgeTheme(update.status()));
        progress.setValue(update.status() == RunState.SUCCEEDED ? 1.0 : update.fraction());
        progress.setIndeterminate(update.status() == RunState.QUEUED);
        progressText.setText(RunProgress.of(update));
        charts.apply(update);
        loss.setText(RunStatusText.loss(update.loss()));
        accuracy.setText(RunStatusText.percent(update.accuracy()));
        if (update.accuracy() != null) {
            accuracy.getElement().setAttribute("data-accuracy", String.format(Locale.ROOT, "%.4f", update.accuracy()));
        } else {
            accuracy.getElement().removeAttribute("data-accuracy");
        }
        message.setText(update.message() == null ? "" : update.message());
        message.setVisible(update.message() != null);
        cancel.setVisible(!update.status().isTerminal());
    }

    private static Div row(String label, Span value) {
        Span name = new Span(label);
        name.addClassName("run-label");
        value.addClassName("run-value");
        Div row = new Div(name, value);
        row.addClassName("run-row");
        return row;
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        UI ui = attachEvent.getUI();
        subscription = events.subscribe(update -> ui.access(() -> {
            if (runId != null && runId == update.runId()) {
                show(update);
            }
        }));
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }
}
