package dev.deepcanvas.backend.dataset.upload;

import dev.deepcanvas.backend.dataset.DatasetTask;
import java.util.List;
import java.util.Map;

/**
 * What an upload would import, shown before anything is stored: the first rows (or a few pictures per class), how
 * many samples each class has, and the choices DeepCanvas made that the user may want to change (header, target
 * column, task).
 *
 * @param columns     column names, for CSV and text CSV; empty for images
 * @param firstRows   up to {@link #ROWS} rows as they are in the file
 * @param classCounts samples per class in file order; empty for regression
 * @param images      up to {@link #IMAGES_PER_CLASS} pictures per class, already resized as they would be imported
 * @param summary     one sentence: "150 rows, 4 numeric features, target 'species' with 3 classes"
 */
public record UploadPreview(String fileName, List<String> columns, boolean headerDetected, String targetColumn,
                            DatasetTask task, List<List<String>> firstRows, Map<String, Integer> classCounts,
                            List<PreviewImage> images, int sampleCount, String summary) {

    public static final int ROWS = 10;
    public static final int IMAGES_PER_CLASS = 4;

    /** One picture of the preview as PNG bytes, with the folder (class) and path it came from. */
    public record PreviewImage(String className, String path, byte[] png) {
    }
}
