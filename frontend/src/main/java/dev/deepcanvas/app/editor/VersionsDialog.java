package dev.deepcanvas.app.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import dev.deepcanvas.backend.graph.GraphVersionInfo;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.function.IntConsumer;

/** The saved versions of a graph, newest first; opening one puts it on the canvas as an undoable edit. */
class VersionsDialog extends Dialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.systemDefault());

    VersionsDialog(String graphName, List<GraphVersionInfo> versions, int latest, IntConsumer open) {
        setHeaderTitle("Versions · " + graphName);
        setId("versions-dialog");
        setWidth("560px");
        Grid<GraphVersionInfo> grid = new Grid<>();
        grid.setId("versions-grid");
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.addColumn(v -> "v" + v.version() + (v.version() == latest ? " (latest)" : "")).setHeader("Version")
                .setAutoWidth(true);
        grid.addColumn(v -> WHEN.format(v.savedAt())).setHeader("Saved").setAutoWidth(true);
        grid.addColumn(GraphVersionInfo::nodeCount).setHeader("Layers").setAutoWidth(true);
        grid.addComponentColumn(v -> {
            Button button = new Button(v.version() == latest ? "Reopen" : "Open", e -> {
                open.accept(v.version());
                close();
            });
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            button.getElement().setAttribute("data-version", String.valueOf(v.version()));
            return button;
        }).setAutoWidth(true);
        grid.setItems(versions);
        grid.setAllRowsVisible(versions.size() <= 10);
        add(grid);
        getFooter().add(new Button("Close", e -> close()));
    }
}
