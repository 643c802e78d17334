package dev.deepcanvas.app.editor;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.receivers.MemoryBuffer;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphFormatException;
import dev.deepcanvas.graph.document.GraphJson;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * Imports a graph JSON file onto the canvas. The file goes through the compiler's strict reader and its
 * size caps; a bad file is explained here and the canvas is left exactly as it was.
 */
class ImportDialog extends Dialog {

    static final int MAX_BYTES = 5 * 1024 * 1024;

    @SuppressWarnings("deprecation") // MemoryBuffer: the listener runs with the session lock held, as the UI needs
    ImportDialog(Consumer<GraphDocument> onImport) {
        setHeaderTitle("Import a graph");
        setId("import-dialog");
        Paragraph hint = new Paragraph("Choose a DeepCanvas graph file (.json, at most 5 MB), exported from this "
                + "or another installation. It replaces what is on the canvas; Undo brings it back.");
        hint.addClassName("muted");
        Paragraph error = new Paragraph();
        error.setId("import-error");
        error.addClassName("import-error");
        error.setVisible(false);

        MemoryBuffer buffer = new MemoryBuffer();
        Upload upload = new Upload(buffer);
        upload.setId("import-upload");
        upload.setAcceptedFileTypes("application/json", ".json");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_BYTES);
        upload.addFileRejectedListener(e -> show(error, e.getErrorMessage()));
        upload.addSucceededListener(e -> {
            try (InputStream in = buffer.getInputStream()) {
                byte[] bytes = in.readNBytes(MAX_BYTES + 1);
                if (bytes.length > MAX_BYTES) {
                    show(error, "'" + e.getFileName() + "' is larger than 5 MB; nothing was imported.");
                    return;
                }
                GraphDocument doc = GraphJson.parse(new String(bytes, StandardCharsets.UTF_8));
                onImport.accept(doc);
                close();
            } catch (GraphFormatException ex) {
                show(error, "'" + e.getFileName() + "' is not a graph DeepCanvas can open: " + ex.getMessage()
                        + " The canvas was not changed.");
                upload.clearFileList();
            } catch (IOException ex) {
                show(error, "'" + e.getFileName() + "' could not be read; nothing was imported.");
            }
        });
        add(hint, upload, error);
        getFooter().add(new Button("Cancel", e -> close()));
    }

    private static void show(Paragraph error, String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
