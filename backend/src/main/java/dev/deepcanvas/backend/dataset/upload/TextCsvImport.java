package dev.deepcanvas.backend.dataset.upload;

import dev.deepcanvas.backend.dataset.DatasetDescriptor;
import dev.deepcanvas.backend.dataset.DatasetSplit;
import dev.deepcanvas.backend.dataset.DatasetTask;
import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.backend.dataset.SplitCounts;
import dev.deepcanvas.backend.dataset.TensorSpec;
import dev.deepcanvas.backend.dataset.UploadRejectedException;
import dev.deepcanvas.backend.dataset.UploadedFile;
import dev.deepcanvas.backend.dataset.parsing.CsvParser;
import dev.deepcanvas.backend.dataset.parsing.CsvTable;
import dev.deepcanvas.backend.dataset.parsing.Encodings;
import dev.deepcanvas.backend.dataset.parsing.TextEncoder;
import dev.deepcanvas.backend.dataset.parsing.Vocabulary;
import dev.deepcanvas.backend.dataset.transform.SplitFractions;
import dev.deepcanvas.graph.analysis.Shape;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Turns a text CSV (a text column and a label column) into a sequence-classification dataset of word ids for an
 * Embedding + LSTM/GRU model. The vocabulary is built from the training texts only, most frequent words first;
 * texts are padded at the front (or keep their last words) to a fixed length.
 */
final class TextCsvImport {

    public static final String PAD = TextEncoder.PAD;
    public static final String UNKNOWN = TextEncoder.UNKNOWN;

    private final TextImportOptions options;
    private final CsvTable table;
    private final int textColumn;
    private final int labelColumn;
    private final List<String> classNames;

    private TextCsvImport(TextImportOptions options, CsvTable table, int textColumn, int labelColumn,
                          List<String> classNames) {
        this.options = options;
        this.table = table;
        this.textColumn = textColumn;
        this.labelColumn = labelColumn;
        this.classNames = classNames;
    }

    static TextCsvImport of(UploadedFile file, TextImportOptions options) {
        options.check();
        CsvTable table = CsvParser.parse(file, options.header());
        if (table.columns().size() != 2) {
            throw new UploadRejectedException("A text CSV needs exactly two columns, text and label; '"
                    + file.fileName() + "' has " + table.columns().size() + ". Quote texts that contain commas.");
        }
        boolean labelFirst = table.headerDetected() && table.columns().get(0).equalsIgnoreCase("label");
        int textColumn = labelFirst ? 1 : 0;
        int labelColumn = labelFirst ? 0 : 1;
        if (table.rows().size() < TabularImport.MIN_ROWS) {
            throw new UploadRejectedException("The file '" + file.fileName() + "' has " + table.rows().size()
                    + " texts; at least " + TabularImport.MIN_ROWS + " are needed to train and test a model.");
        }
        LinkedHashSet<String> labels = new LinkedHashSet<>();
        for (CsvTable.Row row : table.rows()) {
            if (TextEncoder.words(row.cells().get(textColumn)).isEmpty()) {
                throw new UploadRejectedException("Line " + row.line() + " has no words in its text. Fill it in or "
                        + "remove the line.");
            }
            String label = row.cells().get(labelColumn).trim();
            if (label.isEmpty()) {
                throw new UploadRejectedException("Line " + row.line() + " has no label. Fill it in or remove the "
                        + "line.");
            }
            labels.add(label);
        }
        if (labels.size() < 2) {
            throw new UploadRejectedException("Every text has the label '" + labels.iterator().next() + "'; a "
                    + "classifier needs at least two labels.");
        }
        return new TextCsvImport(options, table, textColumn, labelColumn, List.copyOf(labels));
    }

    UploadPreview preview(String fileName) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (CsvTable.Row row : table.rows()) {
            counts.merge(row.cells().get(labelColumn).trim(), 1, Integer::sum);
        }
        List<List<String>> first = table.rows().stream().limit(UploadPreview.ROWS).map(CsvTable.Row::cells).toList();
        return new UploadPreview(fileName, table.columns(), table.headerDetected(), table.columns().get(labelColumn),
                DatasetTask.SEQUENCE_CLASSIFICATION, first, counts, List.of(), table.rows().size(),
                table.rows().size() + " texts with " + classNames.size() + " labels, cut or padded to "
                        + options.length() + " words");
    }

    PreparedDataset build(String fileName) {
        int rows = table.rows().size();
        int[] classes = new int[rows];
        List<List<String>> texts = new ArrayList<>(rows);
        for (int r = 0; r < rows; r++) {
            CsvTable.Row row = table.rows().get(r);
            classes[r] = classNames.indexOf(row.cells().get(labelColumn).trim());
            texts.add(TextEncoder.words(row.cells().get(textColumn)));
        }
        SplitFractions.Parts parts = options.split().split(classes);
        Vocabulary vocabulary = vocabulary(texts, parts.train());
        String description = "Uploaded from " + fileName + ": " + rows + " texts labelled "
                + String.join(", ", classNames) + ". Words are lower-cased; the " + (vocabulary.size() - 2)
                + " most frequent training words are kept (others become <unk>), and each text is cut to its last "
                + options.length() + " words or padded with <pad> in front.";
        DatasetDescriptor descriptor = new DatasetDescriptor("upload", options.name(),
                DatasetTask.SEQUENCE_CLASSIFICATION,
                List.of(TensorSpec.text("words", Shape.tokens(options.length(), vocabulary.size()), vocabulary)),
                List.of(TensorSpec.of("label", Shape.vector(classNames.size()))), classNames, List.of(), null,
                null, new SplitCounts(0, 0, 0), false, description, "uploaded file " + fileName);
        return new PreparedDataset(descriptor, part(texts, classes, parts.train(), vocabulary),
                parts.validation().isEmpty() ? null : part(texts, classes, parts.validation(), vocabulary),
                part(texts, classes, parts.test(), vocabulary));
    }

    private DatasetSplit part(List<List<String>> texts, int[] classes, List<Integer> rows, Vocabulary vocabulary) {
        TextEncoder encoder = new TextEncoder(vocabulary, options.length());
        int[][] ids = new int[rows.size()][];
        int[] c = new int[rows.size()];
        List<String> raw = new ArrayList<>(rows.size());
        for (int i = 0; i < rows.size(); i++) {
            List<String> words = texts.get(rows.get(i));
            ids[i] = encoder.ids(words);
            c[i] = classes[rows.get(i)];
            raw.add(String.join(" ", words));
        }
        return DatasetSplit.of(Encodings.tokenIds(ids), Encodings.oneHotRows(c, classNames.size()), raw);
    }

    /** The most frequent words of the training texts (ties alphabetically, so the order is stable). */
    private Vocabulary vocabulary(List<List<String>> texts, List<Integer> trainRows) {
        Map<String, Integer> counts = new HashMap<>();
        for (int row : trainRows) {
            for (String w : texts.get(row)) {
                counts.merge(w, 1, Integer::sum);
            }
        }
        List<String> tokens = new ArrayList<>(List.of(PAD, UNKNOWN));
        counts.entrySet().stream()
                .filter(e -> !e.getKey().equals(PAD) && !e.getKey().equals(UNKNOWN))
                .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .limit(options.maxVocabulary() - 2L)
                .forEach(e -> tokens.add(e.getKey()));
        return new Vocabulary(tokens);
    }
}
