package dev.deepcanvas.backend.dataset.parsing;

import dev.deepcanvas.backend.dataset.UploadRejectedException;
import dev.deepcanvas.backend.dataset.UploadedFile;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads comma-separated values as spreadsheets write them (RFC 4180): quoted cells may hold commas, line breaks and
 * doubled quotes. Every row must have as many cells as the first; a row that does not is reported by line number.
 */
public final class CsvParser {

    private CsvParser() {
    }

    /**
     * @param header true or false when the user said; null to detect: the first line is a header when one of its
     *               cells is not a number while the same cell of the second line is
     */
    public static CsvTable parse(UploadedFile file, Boolean header) {
        List<CsvTable.Row> rows = rows(decode(file), file.fileName());
        if (rows.isEmpty()) {
            throw new UploadRejectedException("The file '" + file.fileName() + "' holds no rows.");
        }
        int width = rows.get(0).cells().size();
        for (CsvTable.Row row : rows) {
            if (row.cells().size() != width) {
                throw new UploadRejectedException("Line " + row.line() + " has " + row.cells().size() + " value"
                        + (row.cells().size() == 1 ? "" : "s") + " but line " + rows.get(0).line() + " has " + width
                        + ". Every line needs the same number of comma-separated values (quote values that "
                        + "contain commas).");
            }
        }
        boolean hasHeader = header != null ? header : looksLikeHeader(rows);
        List<String> columns = new ArrayList<>();
        for (int i = 0; i < width; i++) {
            String name = hasHeader ? rows.get(0).cells().get(i).trim() : "";
            columns.add(name.isEmpty() ? "column " + (i + 1) : name);
        }
        List<CsvTable.Row> data = hasHeader ? rows.subList(1, rows.size()) : rows;
        return new CsvTable(List.copyOf(columns), hasHeader, List.copyOf(data));
    }

    private static boolean looksLikeHeader(List<CsvTable.Row> rows) {
        if (rows.size() < 2) {
            return false;
        }
        List<String> first = rows.get(0).cells();
        List<String> second = rows.get(1).cells();
        for (int i = 0; i < first.size(); i++) {
            if (!Numbers.isNumber(first.get(i)) && Numbers.isNumber(second.get(i))) {
                return true;
            }
        }
        // All text on both lines (e.g. text,label): a header if its cells are distinct short names.
        return first.stream().allMatch(c -> c.trim().matches("[A-Za-z_][A-Za-z0-9_ ]{0,40}"))
                && first.stream().map(String::trim).map(String::toLowerCase).distinct().count() == first.size()
                && first.stream().anyMatch(c -> List.of("text", "label", "class", "target", "sentence", "review")
                .contains(c.trim().toLowerCase()));
    }

    private static String decode(UploadedFile file) {
        try {
            String text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(file.bytes())).toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text; // Excel's byte-order mark
        } catch (CharacterCodingException e) {
            throw new UploadRejectedException("The file '" + file.fileName() + "' is not UTF-8 text. Save it as "
                    + "\"CSV UTF-8\" and upload it again.");
        }
    }

    private static List<CsvTable.Row> rows(String text, String fileName) {
        List<CsvTable.Row> rows = new ArrayList<>();
        List<String> cells = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        boolean cellWasQuoted = false;
        int quoteLine = 0;
        int line = 1;
        int rowStart = 1;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"') {
                    if (i + 1 < text.length() && text.charAt(i + 1) == '"') {
                        cell.append('"');
                        i++;
                    } else {
                        quoted = false;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    cell.append(c);
                }
            } else if (c == '"') {
                if (!cell.toString().isBlank() || cellWasQuoted) {
                    throw new UploadRejectedException("Line " + line + " has a quote in the middle of a value. "
                            + "Quote the whole value and double any quote inside it (\"\"), as spreadsheets do.");
                }
                cell.setLength(0);
                quoted = true;
                cellWasQuoted = true;
                quoteLine = line;
            } else if (c == ',') {
                cells.add(cell.toString());
                cell.setLength(0);
                cellWasQuoted = false;
            } else if (c == '\n' || c == '\r') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                cells.add(cell.toString());
                addRow(rows, cells, rowStart);
                cells = new ArrayList<>();
                cell.setLength(0);
                cellWasQuoted = false;
                line++;
                rowStart = line;
            } else if (cellWasQuoted && !Character.isWhitespace(c)) {
                if (quoteLine < line) {
                    // A quote left open swallows line breaks until the next quote: blame where it was opened.
                    throw new UploadRejectedException("The quote opened on line " + quoteLine + " of '" + fileName
                            + "' is never closed on that line (text follows a quote on line " + line + "). Close "
                            + "it, or double the quote (\"\") if it belongs to the text.");
                }
                throw new UploadRejectedException("Line " + line + " has text after a closing quote. Quote the "
                        + "whole value and double any quote inside it (\"\").");
            } else if (!cellWasQuoted) {
                cell.append(c);
            }
        }
        if (quoted) {
            throw new UploadRejectedException("The quote opened on line " + rowStart + " of '" + fileName
                    + "' is never closed. Close it, or double the quote (\"\") if it belongs to the text.");
        }
        cells.add(cell.toString());
        addRow(rows, cells, rowStart);
        return rows;
    }

    /** Blank lines (often the last one) are not rows. */
    private static void addRow(List<CsvTable.Row> rows, List<String> cells, int line) {
        if (cells.size() == 1 && cells.get(0).isBlank()) {
            return;
        }
        rows.add(new CsvTable.Row(line, List.copyOf(cells)));
    }
}
