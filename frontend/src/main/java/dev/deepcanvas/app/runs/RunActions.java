package dev.deepcanvas.app.runs;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.StreamResource;
import dev.deepcanvas.backend.training.RunDownloads;
import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunSummary;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

/** A run's buttons: cancel, resume, delete (after a confirmation), download the model zip and the graph JSON. */
class RunActions extends HorizontalLayout {

    interface Handler {
        void cancel();

        void resume();

        void delete();
    }

    private final Button cancel = new Button("Cancel run", VaadinIcon.STOP.create());
    private final Button resume = new Button("Resume", VaadinIcon.PLAY.create());
    private final Anchor model;
    private final Anchor graph;

    RunActions(long runId, String graphName, RunDownloads downloads, Handler handler) {
        addClassName("run-actions");
        setAlignItems(FlexComponent.Alignment.CENTER);
        cancel.setId("detail-cancel");
        cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        cancel.addClickListener(e -> handler.cancel());
        resume.setId("detail-resume");
        resume.addClickListener(e -> handler.resume());
        Button delete = new Button("Delete", VaadinIcon.TRASH.create(), e -> {
            ConfirmDialog confirm = new ConfirmDialog("Delete run #" + runId + "?",
                    "The run of '" + graphName + "', its metrics, checkpoints and trained model are deleted for good.",
                    "Delete", ok -> handler.delete(), "Keep it", no -> { });
            confirm.setConfirmButtonTheme("error primary");
            confirm.setId("delete-run-dialog");
            confirm.open();
        });
        delete.setId("detail-delete");
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);

        StreamResource modelZip = new StreamResource(downloads.modelFileName(runId), () -> downloads.openModel(runId));
        modelZip.setContentType("application/zip");
        model = download(modelZip, "Model (.zip)", "download-model");
        StreamResource graphJson = new StreamResource(downloads.graphFileName(runId),
                () -> new ByteArrayInputStream(downloads.graphJson(runId).getBytes(StandardCharsets.UTF_8)));
        graphJson.setContentType("application/json");
        graph = download(graphJson, "Graph JSON", "download-graph");
        add(cancel, resume, model, graph, delete);
    }

    void show(RunSummary run) {
        cancel.setVisible(!run.status().isTerminal());
        resume.setVisible(run.resumable());
        // Only a succeeded run has a model file; the link would otherwise fail.
        model.setVisible(run.status() == RunState.SUCCEEDED);
    }

    /** A download link drawn like a tertiary button; a button inside a link would be two nested controls. */
    private static Anchor download(StreamResource resource, String text, String id) {
        Anchor anchor = new Anchor(resource, "");
        anchor.getElement().setAttribute("download", true);
        anchor.setId(id);
        anchor.addClassName("link-button");
        anchor.add(VaadinIcon.DOWNLOAD.create(), new Span(text));
        return anchor;
    }
}
