package dev.deepcanvas.backend.dataset.upload;

import dev.deepcanvas.backend.dataset.DatasetTask;
import dev.deepcanvas.backend.dataset.Normalisation;
import dev.deepcanvas.backend.dataset.transform.SplitFractions;

/**
 * How a numeric CSV becomes a dataset.
 *
 * @param header        true or false if the user said whether the first line names the columns; null to detect it
 * @param targetColumn  the column to predict, by name (or "column 3" without a header); null for the last column
 * @param task          CLASSIFICATION or REGRESSION; null to decide from the target column (text or few distinct
 *                      values: classes)
 */
public record CsvImportOptions(String name, Boolean header, String targetColumn, DatasetTask task,
                               Normalisation normalisation, SplitFractions split) {

    public static CsvImportOptions defaults(String name) {
        return new CsvImportOptions(name, null, null, null, Normalisation.STANDARDISE, SplitFractions.DEFAULT);
    }

    public CsvImportOptions withTarget(String column, DatasetTask newTask) {
        return new CsvImportOptions(name, header, column, newTask, normalisation, split);
    }
}
