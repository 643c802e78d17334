package dev.deepcanvas.app.datasets;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.deepcanvas.backend.dataset.DatasetDescriptor;
import dev.deepcanvas.backend.dataset.UploadRejectedException;
import dev.deepcanvas.backend.dataset.UploadedFile;
import dev.deepcanvas.backend.dataset.upload.DatasetUploadService.SourceKind;
import dev.deepcanvas.backend.dataset.upload.DatasetUploadService;
import dev.deepcanvas.backend.dataset.upload.UploadLimits;
import dev.deepcanvas.backend.dataset.upload.UploadPreview;

import java.util.List;
import java.util.function.Consumer;

/**
 * Bring your own data in three steps: choose the kind and the file, look at the preview, set the options and
 * import. Whatever the upload service refuses is shown with its message, and nothing is imported.
 */
class UploadWizard extends Dialog {

    private final DatasetUploadService uploads;
    private final Select<SourceKind> kind = new Select<>();
    private final UploadOptionsForm options = new UploadOptionsForm(this::preview);
    private final UploadPreviewView previewView = new UploadPreviewView();
    private final Paragraph error = new Paragraph();
    private final Button importButton = new Button("Import");
    private UploadedFile file;

    UploadWizard(DatasetUploadService uploads, Consumer<DatasetDescriptor> onImported) {
        this.uploads = uploads;
        setId("upload-dialog");
        setHeaderTitle("Upload a dataset");
        setWidth("820px");

        kind.setLabel("What are you uploading?");
        kind.setId("upload-kind");
        kind.setItems(SourceKind.values());
        kind.setItemLabelGenerator(k -> switch (k) {
            case CSV -> "CSV table (numbers, one target column)";
            case IMAGES -> "Zip of images, one folder per class";
            case TEXT -> "Text CSV (text, label)";
        });
        kind.setValue(SourceKind.CSV);
        kind.setWidthFull();
        kind.addValueChangeListener(e -> {
            options.showFor(e.getValue());
            preview();
        });

        UploadLimits limits = uploads.limits();
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> {
            UploadedFile received = new UploadedFile(meta.fileName(), bytes);
            getUI().ifPresent(ui -> ui.access(() -> {
                file = received;
                options.suggestName(received.fileName());
                // A zip can only be pictures: switch to that kind (which previews) rather than fail as CSV.
                boolean zip = received.fileName().toLowerCase(java.util.Locale.ROOT).endsWith(".zip");
                if (zip && kind.getValue() != SourceKind.IMAGES) {
                    kind.setValue(SourceKind.IMAGES);
                } else {
                    preview();
                }
            }));
        }));
        upload.setId("dataset-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, limits.maxFileBytes()));
        upload.setAcceptedFileTypes(".csv", ".txt", ".zip", "text/csv", "application/zip");
        upload.addFileRejectedListener(e -> showError(refusal(e.getErrorMessage())));
        upload.addFileRemovedListener(e -> {
            file = null;
            previewView.clear();
            importButton.setEnabled(false);
        });
        Paragraph limit = new Paragraph("At most " + (limits.maxFileBytes() / (1024 * 1024)) + " MB"
                + ". Nothing is stored until you press Import.");
        limit.addClassName("muted");

        error.setId("upload-error");
        error.addClassName("form-error");
        error.setVisible(false);

        importButton.setId("import-dataset-button");
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> {
            List<String> problems = options.problems(kind.getValue());
            if (!problems.isEmpty()) {
                showError(String.join(" ", problems));
                return;
            }
            try {
                DatasetDescriptor imported = switch (kind.getValue()) {
                    case CSV -> uploads.importCsv(file, options.csv());
                    case IMAGES -> uploads.importImages(file, options.images());
                    case TEXT -> uploads.importTextCsv(file, options.text());
                };
                onImported.accept(imported);
                close();
            } catch (UploadRejectedException ex) {
                showError(refusal(ex.getMessage()));
            }
        });
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("upload-cancel");
        add(kind, upload, limit, error, previewView, options);
        getFooter().add(cancel, importButton);
    }

    /** Asks the service what this file would become with the current options. */
    private void preview() {
        if (file == null) {
            return;
        }
        try {
            UploadPreview preview = switch (kind.getValue()) {
                case CSV -> uploads.previewCsv(file, options.csv());
                case IMAGES -> uploads.previewImages(file, options.images());
                case TEXT -> uploads.previewTextCsv(file, options.text());
            };
            error.setVisible(false);
            previewView.show(preview);
            if (kind.getValue() == SourceKind.CSV) {
                options.setColumns(preview.columns(), preview.targetColumn());
            }
            importButton.setEnabled(true);
        } catch (UploadRejectedException ex) {
            previewView.clear();
            importButton.setEnabled(false);
            showError(refusal(ex.getMessage()));
        }
    }

    /** A refused file's reason, followed once by what it means for the user's data. */
    static String refusal(String reason) {
        return reason.strip() + " Nothing was imported.";
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
