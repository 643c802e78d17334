package dev.deepcanvas.app.datasets;

import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dev.deepcanvas.backend.dataset.DatasetTask;
import dev.deepcanvas.backend.dataset.Normalisation;
import dev.deepcanvas.backend.dataset.transform.SplitFractions;
import dev.deepcanvas.backend.dataset.upload.CsvImportOptions;
import dev.deepcanvas.backend.dataset.upload.DatasetUploadService.SourceKind;
import dev.deepcanvas.backend.dataset.upload.ImageImportOptions;
import dev.deepcanvas.backend.dataset.upload.TextImportOptions;

import java.util.ArrayList;
import java.util.List;

/**
 * The import choices for each kind of upload: name and split always; header, target column, task and normalisation
 * for CSV; size and channels for images; sequence length and vocabulary for text. Only the fields of the chosen
 * kind are shown. Missing values are reported by {@link #problems()}; the upload service checks the rest.
 */
class UploadOptionsForm extends FormLayout {

    private static final String DETECT = "Detect";
    private static final String AUTO = "Decide from the column";

    private final TextField name = new TextField("Dataset name");
    private final IntegerField validationPercent = new IntegerField("Validation %");
    private final IntegerField testPercent = new IntegerField("Test %");
    private final Select<String> header = new Select<>();
    private final Select<String> target = new Select<>();
    private final Select<String> task = new Select<>();
    private final Select<Normalisation> normalisation = new Select<>();
    private final IntegerField height = new IntegerField("Height");
    private final IntegerField width = new IntegerField("Width");
    private final Select<Integer> channels = new Select<>();
    private final IntegerField length = new IntegerField("Sequence length (words)");
    private final IntegerField vocabulary = new IntegerField("Vocabulary size");

    UploadOptionsForm(Runnable onChange) {
        setId("upload-options");
        setResponsiveSteps(new ResponsiveStep("0", 3));
        name.setId("upload-name");
        name.setMaxLength(120);
        validationPercent.setValue(10);
        testPercent.setValue(20);
        header.setLabel("First line");
        header.setItems(DETECT, "Column names", "Data");
        header.setValue(DETECT);
        target.setLabel("Target column");
        target.setId("upload-target");
        task.setLabel("Task");
        task.setItems(AUTO, DatasetTask.CLASSIFICATION.label(), DatasetTask.REGRESSION.label());
        task.setValue(AUTO);
        normalisation.setLabel("Normalisation");
        normalisation.setItems(Normalisation.values());
        normalisation.setItemLabelGenerator(n -> switch (n) {
            case STANDARDISE -> "Standardise (mean 0, sd 1)";
            case MIN_MAX -> "Scale to [0, 1]";
            case NONE -> "None";
        });
        normalisation.setValue(Normalisation.STANDARDISE);
        height.setValue(28);
        width.setValue(28);
        channels.setLabel("Channels");
        channels.setItems(1, 3);
        channels.setItemLabelGenerator(c -> c == 1 ? "1 (greyscale)" : "3 (colour)");
        channels.setValue(1);
        length.setValue(20);
        vocabulary.setValue(2000);

        add(name, validationPercent, testPercent, header, target, task, normalisation, height, width, channels,
                length, vocabulary);
        // Choices that change what the preview shows refresh it; the name and split do not.
        header.addValueChangeListener(e -> onChange.run());
        target.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                onChange.run();
            }
        });
        task.addValueChangeListener(e -> onChange.run());
        height.addValueChangeListener(e -> onChange.run());
        width.addValueChangeListener(e -> onChange.run());
        channels.addValueChangeListener(e -> onChange.run());
        showFor(SourceKind.CSV);
    }

    void showFor(SourceKind kind) {
        boolean csv = kind == SourceKind.CSV;
        boolean images = kind == SourceKind.IMAGES;
        boolean text = kind == SourceKind.TEXT;
        header.setVisible(csv || text);
        target.setVisible(csv);
        task.setVisible(csv);
        normalisation.setVisible(csv);
        height.setVisible(images);
        width.setVisible(images);
        channels.setVisible(images);
        length.setVisible(text);
        vocabulary.setVisible(text);
    }

    void suggestName(String fileName) {
        if (name.isEmpty()) {
            name.setValue(fileName.replaceAll("\\.[A-Za-z0-9]+$", ""));
        }
    }

    /** The preview's columns become the target choices, keeping the user's pick when it still exists. */
    void setColumns(List<String> columns, String chosen) {
        String keep = target.getValue();
        target.setItems(columns);
        target.setValue(keep != null && columns.contains(keep) ? keep : chosen);
    }

    List<String> problems(SourceKind kind) {
        List<String> problems = new ArrayList<>();
        if (name.getValue().isBlank()) {
            problems.add("Give the dataset a name.");
        }
        if (validationPercent.getValue() == null || testPercent.getValue() == null
                || validationPercent.getValue() < 0 || testPercent.getValue() < 1
                || validationPercent.getValue() + testPercent.getValue() >= 100) {
            problems.add("Validation % and test % must be whole numbers, test at least 1, together under 100.");
        }
        if (kind == SourceKind.IMAGES && (height.getValue() == null || width.getValue() == null)) {
            problems.add("Height and width must be whole numbers of pixels.");
        }
        if (kind == SourceKind.TEXT && (length.getValue() == null || vocabulary.getValue() == null)) {
            problems.add("Sequence length and vocabulary size must be whole numbers.");
        }
        return problems;
    }

    CsvImportOptions csv() {
        DatasetTask chosenTask = AUTO.equals(task.getValue()) ? null
                : DatasetTask.CLASSIFICATION.label().equals(task.getValue()) ? DatasetTask.CLASSIFICATION
                : DatasetTask.REGRESSION;
        return new CsvImportOptions(name.getValue().strip(), headerChoice(), target.getValue(), chosenTask,
                normalisation.getValue(), split());
    }

    ImageImportOptions images() {
        return new ImageImportOptions(name.getValue().strip(), orZero(height.getValue()), orZero(width.getValue()),
                channels.getValue(), split());
    }

    TextImportOptions text() {
        return new TextImportOptions(name.getValue().strip(), headerChoice(), orZero(length.getValue()),
                orZero(vocabulary.getValue()), split());
    }

    private Boolean headerChoice() {
        return DETECT.equals(header.getValue()) ? null : "Column names".equals(header.getValue());
    }

    private SplitFractions split() {
        return new SplitFractions(orZero(validationPercent.getValue()) / 100.0, orZero(testPercent.getValue()) / 100.0,
                SplitFractions.DEFAULT.seed());
    }

    private static int orZero(Integer value) {
        return value == null ? 0 : value;
    }
}
