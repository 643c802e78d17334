package dev.deepcanvas.app.datasets;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import dev.deepcanvas.app.layout.MainLayout;
import jakarta.annotation.security.PermitAll;
import dev.deepcanvas.app.layout.ScrollToTop;
import dev.deepcanvas.backend.dataset.DatasetDescriptor;
import dev.deepcanvas.backend.dataset.DatasetService;
import dev.deepcanvas.backend.dataset.upload.DatasetUploadService;
import dev.deepcanvas.backend.dataset.upload.UploadedDatasetStore;

import java.util.List;

/** Every dataset a graph can train on: the built-in ones (real and synthetic) and the user's uploads. */
@Route(value = "datasets", layout = MainLayout.class)
@PageTitle("Datasets · DeepCanvas")
@PermitAll
public class DatasetsView extends VerticalLayout {

    private final DatasetService datasets;
    private final DatasetUploadService uploads;
    private final Div builtIn = new Div();
    private final Div uploaded = new Div();

    public DatasetsView(DatasetService datasets, DatasetUploadService uploads) {
        this.datasets = datasets;
        this.uploads = uploads;
        addClassName("datasets-view");
        setWidthFull();

        Button upload = new Button("Upload a dataset", VaadinIcon.UPLOAD.create(),
                e -> new UploadWizard(uploads, imported -> {
                    Notification.show("Imported '" + imported.title() + "'. Pick it in the editor's Train dialog.",
                            5000, Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                    refresh();
                }).open());
        upload.setId("upload-dataset-button");
        upload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        H2 title = new H2("Datasets");
        HorizontalLayout head = new HorizontalLayout(title, upload);
        head.setWidthFull();
        head.expand(title);
        head.setAlignItems(FlexComponent.Alignment.CENTER);

        builtIn.setId("builtin-datasets");
        builtIn.addClassName("dataset-grid");
        uploaded.setId("uploaded-datasets");
        uploaded.addClassName("dataset-grid");
        add(head, new H3("Built in"), builtIn, new H3("Your uploads"), uploaded);
        refresh();
        ScrollToTop.of(this);
    }

    private void refresh() {
        builtIn.removeAll();
        uploaded.removeAll();
        List<DatasetDescriptor> all = datasets.list();
        for (DatasetDescriptor d : all) {
            if (d.id().startsWith(UploadedDatasetStore.ID_PREFIX)) {
                uploaded.add(uploadedCard(d));
            } else {
                builtIn.add(new DatasetCard(d));
            }
        }
        if (uploaded.getChildren().findAny().isEmpty()) {
            Paragraph none = new Paragraph("No uploads yet: a CSV table, a zip of images in one folder per class or "
                    + "a text CSV becomes a dataset here.");
            none.addClassName("muted");
            none.setId("no-uploads");
            uploaded.add(none);
        }
    }

    private Div uploadedCard(DatasetDescriptor d) {
        DatasetCard card = new DatasetCard(d);
        Button delete = new Button("Delete", VaadinIcon.TRASH.create(), e -> {
            ConfirmDialog confirm = new ConfirmDialog("Delete '" + d.title() + "'?",
                    "The uploaded data is deleted. Runs trained on it stay listed but cannot be resumed or tried.",
                    "Delete", ok -> {
                        uploads.delete(d.id());
                        refresh();
                    }, "Keep it", no -> { });
            confirm.setConfirmButtonTheme("error primary");
            confirm.setId("delete-dataset-dialog");
            confirm.open();
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        delete.setId("delete-" + d.id());
        card.add(delete);
        return card;
    }
}
