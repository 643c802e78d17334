package dev.deepcanvas.backend.dataset.parsing;

import dev.deepcanvas.backend.dataset.UploadRejectedException;
import java.util.List;

/**
 * A parsed CSV file: its column names (from the header line, or "column 1", "column 2", … when it has none) and its
 * data rows, each with the line number it started on so messages can point at it.
 */
public record CsvTable(List<String> columns, boolean headerDetected, List<Row> rows) {

    public record Row(int line, List<String> cells) {
    }

    public int columnIndex(String name) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).equalsIgnoreCase(name.trim())) {
                return i;
            }
        }
        throw new UploadRejectedException("There is no column '" + name + "'; the columns are "
                + String.join(", ", columns) + ".");
    }
}
