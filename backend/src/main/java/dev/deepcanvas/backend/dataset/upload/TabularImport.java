package dev.deepcanvas.backend.dataset.upload;

import dev.deepcanvas.backend.dataset.DatasetDescriptor;
import dev.deepcanvas.backend.dataset.DatasetSplit;
import dev.deepcanvas.backend.dataset.DatasetTask;
import dev.deepcanvas.backend.dataset.FeatureScale;
import dev.deepcanvas.backend.dataset.Normalisation;
import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.backend.dataset.SplitCounts;
import dev.deepcanvas.backend.dataset.TargetScale;
import dev.deepcanvas.backend.dataset.TensorSpec;
import dev.deepcanvas.backend.dataset.UploadRejectedException;
import dev.deepcanvas.backend.dataset.UploadedFile;
import dev.deepcanvas.backend.dataset.parsing.CsvParser;
import dev.deepcanvas.backend.dataset.parsing.CsvTable;
import dev.deepcanvas.backend.dataset.parsing.Encodings;
import dev.deepcanvas.backend.dataset.parsing.Numbers;
import dev.deepcanvas.backend.dataset.transform.MinMaxScaler;
import dev.deepcanvas.backend.dataset.transform.SplitFractions;
import dev.deepcanvas.backend.dataset.transform.Standardizer;
import dev.deepcanvas.graph.analysis.Shape;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Turns a numeric CSV into a classification or regression dataset: every column but the target must be a number in
 * every row; the target is a class name (any text) or a number. Features are normalised and regression targets
 * standardised with statistics of the training rows only.
 */
final class TabularImport {

    static final int MIN_ROWS = 10;
    /** A numeric target with at most this many distinct whole values is taken as classes (0/1, 1–5 stars). */
    private static final int MAX_NUMERIC_CLASSES = 10;

    private final CsvTable table;
    private final int target;
    private final DatasetTask task;
    private final List<String> classNames;

    private TabularImport(CsvTable table, int target, DatasetTask task, List<String> classNames) {
        this.table = table;
        this.target = target;
        this.task = task;
        this.classNames = classNames;
    }

    static TabularImport of(UploadedFile file, CsvImportOptions options) {
        options.split().check();
        CsvTable table = CsvParser.parse(file, options.header());
        if (table.columns().size() < 2) {
            throw new UploadRejectedException("The file '" + file.fileName() + "' has a single column; it needs "
                    + "at least one feature column and one target column, separated by commas.");
        }
        if (table.rows().size() < MIN_ROWS) {
            throw new UploadRejectedException("The file '" + file.fileName() + "' has " + table.rows().size()
                    + " data rows; at least " + MIN_ROWS + " are needed to train and test a model.");
        }
        int target = options.targetColumn() == null ? table.columns().size() - 1
                : table.columnIndex(options.targetColumn());
        DatasetTask task = options.task() == null ? guessTask(table, target) : options.task();
        if (task != DatasetTask.CLASSIFICATION && task != DatasetTask.REGRESSION) {
            throw new UploadRejectedException("A CSV of numbers is for classification or regression, not "
                    + task.label().toLowerCase() + ". For texts with labels, upload a text CSV instead.");
        }
        List<String> classNames = List.of();
        if (task == DatasetTask.CLASSIFICATION) {
            LinkedHashSet<String> names = new LinkedHashSet<>();
            for (CsvTable.Row row : table.rows()) {
                names.add(cell(row, target, table));
            }
            if (names.size() < 2) {
                throw new UploadRejectedException("The target column '" + table.columns().get(target)
                        + "' holds only the value '" + names.iterator().next() + "'; a classifier needs at least "
                        + "two classes. Choose another target column.");
            }
            classNames = List.copyOf(names);
        }
        TabularImport tabular = new TabularImport(table, target, task, classNames);
        tabular.checkCells();
        return tabular;
    }

    UploadPreview preview(String fileName) {
        List<List<String>> first = table.rows().stream().limit(UploadPreview.ROWS).map(CsvTable.Row::cells).toList();
        String summary = table.rows().size() + " rows, " + (table.columns().size() - 1) + " numeric feature"
                + (table.columns().size() == 2 ? "" : "s") + ", target '" + table.columns().get(target) + "' "
                + (task == DatasetTask.CLASSIFICATION ? "with " + classNames.size() + " classes" : "(regression)");
        return new UploadPreview(fileName, table.columns(), table.headerDetected(), table.columns().get(target), task,
                first, classCounts(), List.of(), table.rows().size(), summary);
    }

    PreparedDataset build(CsvImportOptions options, String fileName) {
        int rows = table.rows().size();
        int featureCount = table.columns().size() - 1;
        double[][] features = new double[rows][featureCount];
        double[][] targets = new double[rows][1];
        int[] classes = new int[rows];
        for (int r = 0; r < rows; r++) {
            CsvTable.Row row = table.rows().get(r);
            int f = 0;
            for (int c = 0; c < table.columns().size(); c++) {
                if (c != target) {
                    features[r][f++] = Numbers.parse(row.cells().get(c));
                }
            }
            if (task == DatasetTask.CLASSIFICATION) {
                classes[r] = classNames.indexOf(cell(row, target, table));
            } else {
                targets[r][0] = Numbers.parse(row.cells().get(target));
            }
        }
        SplitFractions.Parts parts = options.split().split(classes);
        DatasetSplit train = part(features, targets, classes, parts.train());
        DatasetSplit validation = parts.validation().isEmpty() ? null
                : part(features, targets, classes, parts.validation());
        DatasetSplit test = part(features, targets, classes, parts.test());
        FeatureScale featureScale = normalise(options.normalisation(), train, validation, test);
        List<String> featureNames = new ArrayList<>(table.columns());
        featureNames.remove(target);
        TargetScale scale = null;
        if (task == DatasetTask.REGRESSION) {
            Standardizer targetScale = Standardizer.fitOn(train.labels().get(0));
            targetScale.applyTo(labelsOf(train, validation, test));
            scale = new TargetScale(List.of(targetScale.means()[0]), List.of(targetScale.stds()[0]),
                    table.columns().get(target));
        }
        String description = "Uploaded from " + fileName + ": " + rows + " rows, " + featureCount
                + " numeric features (" + String.join(", ", featureNames) + "), predicting '"
                + table.columns().get(target) + "' ("
                + (task == DatasetTask.CLASSIFICATION ? classNames.size() + " classes" : "regression; targets "
                + "standardised with training statistics") + "). Features: " + describe(options.normalisation())
                + ".";
        DatasetDescriptor descriptor = new DatasetDescriptor("upload", options.name(), task,
                List.of(TensorSpec.of("features", Shape.vector(featureCount))),
                List.of(TensorSpec.of(table.columns().get(target),
                        Shape.vector(task == DatasetTask.CLASSIFICATION ? classNames.size() : 1))),
                classNames, featureNames, scale, featureScale, new SplitCounts(0, 0, 0), false, description,
                "uploaded file " + fileName);
        return new PreparedDataset(descriptor, train, validation, test);
    }

    private Map<String, Integer> classCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (task == DatasetTask.CLASSIFICATION) {
            for (CsvTable.Row row : table.rows()) {
                counts.merge(cell(row, target, table), 1, Integer::sum);
            }
        }
        return counts;
    }

    /** Every feature cell (and a regression target) must be a number; the first that is not is reported. */
    private void checkCells() {
        for (CsvTable.Row row : table.rows()) {
            for (int c = 0; c < table.columns().size(); c++) {
                if (c == target && task == DatasetTask.CLASSIFICATION) {
                    cell(row, c, table);
                    continue;
                }
                String value = row.cells().get(c);
                if (value.isBlank()) {
                    throw new UploadRejectedException("Line " + row.line() + ", column '" + table.columns().get(c)
                            + "' is empty. Fill in the missing value or remove the line.");
                }
                if (!Numbers.isNumber(value)) {
                    throw new UploadRejectedException("Line " + row.line() + ", column '" + table.columns().get(c)
                            + "': '" + abbreviate(value) + "' is not a number. "
                            + (c == target ? "Choose classification for a target of names, or fix the value."
                            : "Feature columns must hold numbers: fix the value, or remove the column if it "
                            + "holds text."));
                }
            }
        }
    }

    private static String cell(CsvTable.Row row, int column, CsvTable table) {
        String value = row.cells().get(column).trim();
        if (value.isEmpty()) {
            throw new UploadRejectedException("Line " + row.line() + ", column '" + table.columns().get(column)
                    + "' is empty. Fill in the missing value or remove the line.");
        }
        return value;
    }

    private static DatasetTask guessTask(CsvTable table, int target) {
        LinkedHashSet<String> distinct = new LinkedHashSet<>();
        for (CsvTable.Row row : table.rows()) {
            String value = row.cells().get(target).trim();
            Double number = Numbers.parse(value);
            if (!value.isEmpty() && (number == null || number != Math.rint(number))) {
                return number == null ? DatasetTask.CLASSIFICATION : DatasetTask.REGRESSION;
            }
            distinct.add(value);
        }
        return distinct.size() <= MAX_NUMERIC_CLASSES ? DatasetTask.CLASSIFICATION : DatasetTask.REGRESSION;
    }

    private DatasetSplit part(double[][] features, double[][] targets, int[] classes, List<Integer> rows) {
        double[][] x = new double[rows.size()][];
        double[][] y = new double[rows.size()][];
        int[] c = new int[rows.size()];
        for (int i = 0; i < rows.size(); i++) {
            x[i] = features[rows.get(i)];
            y[i] = targets[rows.get(i)];
            c[i] = classes[rows.get(i)];
        }
        INDArray labels = task == DatasetTask.CLASSIFICATION ? Encodings.oneHotRows(c, classNames.size())
                : Encodings.rows(y);
        return DatasetSplit.of(Encodings.rows(x), labels);
    }

    /** Rescales the features of every part in place; returns how, so raw values can be rescaled the same way. */
    private static FeatureScale normalise(Normalisation normalisation, DatasetSplit train, DatasetSplit validation,
                                          DatasetSplit test) {
        INDArray[] all = validation == null
                ? new INDArray[]{train.features().get(0), test.features().get(0)}
                : new INDArray[]{train.features().get(0), validation.features().get(0), test.features().get(0)};
        switch (normalisation) {
            case STANDARDISE -> {
                Standardizer standardizer = Standardizer.fitOn(train.features().get(0));
                standardizer.applyTo(all);
                return standardizer.scale();
            }
            case MIN_MAX -> {
                MinMaxScaler scaler = MinMaxScaler.fitOn(train.features().get(0));
                scaler.applyTo(all);
                return scaler.scale();
            }
            default -> {
                return FeatureScale.none((int) train.features().get(0).size(1));
            }
        }
    }

    private static INDArray[] labelsOf(DatasetSplit train, DatasetSplit validation, DatasetSplit test) {
        return validation == null
                ? new INDArray[]{train.labels().get(0), test.labels().get(0)}
                : new INDArray[]{train.labels().get(0), validation.labels().get(0), test.labels().get(0)};
    }

    private static String describe(Normalisation normalisation) {
        return switch (normalisation) {
            case STANDARDISE -> "standardised with training statistics";
            case MIN_MAX -> "scaled to [0, 1] by the training minimum and maximum";
            case NONE -> "as in the file";
        };
    }

    static String abbreviate(String value) {
        String trimmed = value.trim();
        return trimmed.length() > 40 ? trimmed.substring(0, 40) + "…" : trimmed;
    }
}
