package dev.deepcanvas.app.datasets;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.deepcanvas.backend.dataset.upload.UploadPreview;

import java.util.Base64;
import java.util.List;
import java.util.Map;

/** What an upload would import: the service's one-line summary, the first rows or pictures, samples per class. */
class UploadPreviewView extends Div {

    UploadPreviewView() {
        setId("upload-preview");
        addClassName("upload-preview");
    }

    void show(UploadPreview preview) {
        removeAll();
        Paragraph summary = new Paragraph(preview.summary());
        summary.setId("upload-summary");
        summary.addClassName("upload-summary");
        add(summary);
        if (!preview.firstRows().isEmpty()) {
            add(table(preview.columns(), preview.firstRows()));
        }
        if (!preview.images().isEmpty()) {
            Div images = new Div();
            images.addClassName("preview-images");
            for (UploadPreview.PreviewImage image : preview.images()) {
                Image img = new Image("data:image/png;base64," + Base64.getEncoder().encodeToString(image.png()),
                        image.path());
                img.setTitle(image.className() + ": " + image.path());
                img.addClassName("example-image");
                images.add(img);
            }
            add(images);
        }
        if (!preview.classCounts().isEmpty()) {
            Div counts = new Div();
            counts.setId("upload-class-counts");
            counts.addClassName("class-counts");
            for (Map.Entry<String, Integer> entry : preview.classCounts().entrySet()) {
                Span chip = new Span(entry.getKey() + ": " + entry.getValue());
                chip.getElement().setAttribute("theme", "badge contrast");
                counts.add(chip);
            }
            add(counts);
        }
    }

    void clear() {
        removeAll();
    }

    private static NativeTable table(List<String> columns, List<List<String>> rows) {
        NativeTable table = new NativeTable();
        table.addClassName("preview-table");
        if (!columns.isEmpty()) {
            NativeTableRow head = new NativeTableRow();
            columns.forEach(c -> head.add(new NativeTableHeaderCell(c)));
            table.add(new NativeTableHeader(head));
        }
        NativeTableBody body = new NativeTableBody();
        for (List<String> row : rows) {
            NativeTableRow tr = new NativeTableRow();
            row.forEach(v -> tr.add(new NativeTableCell(v)));
            body.add(tr);
        }
        table.add(body);
        return table;
    }
}
