package dev.deepcanvas.graph.document;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;

import java.io.IOException;
import java.math.BigInteger;

/**
 * One streaming pass over a document before anything is bound. It counts the top-level "nodes" and "edges" entries,
 * so that a document with 100,000 nodes is refused in milliseconds without building 100,000 objects, and it checks
 * the header first: a file that is not a DeepCanvas graph at all (a Keras model, an empty object, a list) is told so,
 * instead of hearing about the first field the binding happens to trip over. Malformed JSON is left to the binding
 * step, which reports it with its location and path.
 */
final class DocumentScan {

    private final JsonToken root;
    private JsonToken formatToken;
    private String format;
    private JsonToken versionToken;
    private String versionText;
    /** The first entry of "nodes" or "edges" that is not an object, reported once the header is fine. */
    private GraphFormatException notAnObject;

    private DocumentScan(JsonToken root) {
        this.root = root;
    }

    /**
     * Counts and checks.
     *
     * @throws GraphFormatException when there are too many nodes or edges, or the header is not a DeepCanvas one;
     *                              a syntax error is not reported here
     */
    static void check(JsonFactory factory, String json) throws GraphFormatException {
        DocumentScan scan;
        try {
            scan = scan(factory, json);
        } catch (JsonProcessingException e) {
            return; // reported with its location by the binding step
        } catch (IOException e) {
            throw new GraphFormatException("The graph document could not be read: " + e.getMessage(), e);
        }
        scan.checkHeader();
        if (scan.notAnObject != null) {
            throw scan.notAnObject;
        }
    }

    private static DocumentScan scan(JsonFactory factory, String json) throws IOException, GraphFormatException {
        try (JsonParser p = factory.createParser(json)) {
            JsonToken first = p.nextToken();
            DocumentScan scan = new DocumentScan(first);
            int depth = 0;
            String field = null;
            String counting = null;
            int count = 0;
            for (JsonToken t = first; t != null; t = p.nextToken()) {
                switch (t) {
                    case FIELD_NAME -> field = depth == 1 ? p.currentName() : field;
                    case START_ARRAY, START_OBJECT -> {
                        depth++;
                        if (depth == 2) {
                            scan.header(field, t, null);
                        }
                        if (t == JsonToken.START_ARRAY && depth == 2 && ("nodes".equals(field) || "edges".equals(field))) {
                            counting = field;
                            count = 0;
                        } else if (counting != null && depth == 3) {
                            count = counted(counting, count + 1);
                        }
                    }
                    case END_ARRAY, END_OBJECT -> {
                        if (depth == 2) {
                            counting = null;
                        }
                        depth--;
                    }
                    default -> {
                        if (depth == 1) {
                            scan.header(field, t, p.getText());
                        } else if (counting != null && depth == 2) {
                            if (scan.notAnObject == null) {
                                scan.notAnObject = notAnObject(counting, count, t, p.getText());
                            }
                            count = counted(counting, count + 1);
                        }
                    }
                }
            }
            return scan;
        }
    }

    /** A scalar where a node or an edge should be: said here, as binding would fail on it less clearly. */
    private static GraphFormatException notAnObject(String list, int index, JsonToken token, String text) {
        String what = list.equals("nodes") ? "node" : "edge";
        String example = list.equals("nodes") ? "{\"id\": \"dense1\", \"type\": \"Dense\", \"params\": {}}"
                : "{\"id\": \"e1\", \"source\": \"in\", \"target\": \"dense1\", \"targetPort\": 0}";
        return new GraphFormatException(list + "[" + index + "] is " + shown(token, text) + "; every " + what
                + " must be an object such as " + example + ".");
    }

    private static int counted(String what, int count) throws GraphFormatException {
        int max = what.equals("nodes") ? GraphJson.MAX_NODES : GraphJson.MAX_EDGES;
        if (count > max) {
            throw new GraphFormatException("The graph has more than " + max + " " + what + "; the limit is " + max
                    + ".");
        }
        return count;
    }

    /** Notes the value of a top-level field (text null for objects and lists). */
    private void header(String field, JsonToken value, String text) {
        if ("format".equals(field) && formatToken == null) {
            formatToken = value;
            format = text;
        } else if ("version".equals(field) && versionToken == null) {
            versionToken = value;
            versionText = text;
        }
    }

    private void checkHeader() throws GraphFormatException {
        if (root == null || root == JsonToken.VALUE_NULL) {
            throw new GraphFormatException("The graph document is empty (it contains only null).");
        }
        if (root != JsonToken.START_OBJECT) {
            throw new GraphFormatException("This is not a DeepCanvas graph: a graph document is a JSON object "
                    + "({\"format\": \"" + GraphDocument.FORMAT + "\", \"version\": " + GraphDocument.CURRENT_VERSION
                    + ", \"nodes\": [...], ...}), but this file holds " + kind(root) + ".");
        }
        if (formatToken == null) {
            throw new GraphFormatException("This is not a DeepCanvas graph: the \"format\" field is missing "
                    + "(expected \"" + GraphDocument.FORMAT + "\").");
        }
        if (formatToken != JsonToken.VALUE_STRING || !GraphDocument.FORMAT.equals(format)) {
            throw new GraphFormatException("This is not a DeepCanvas graph: \"format\" is " + shown(formatToken, format)
                    + ", expected \"" + GraphDocument.FORMAT + "\".");
        }
        if (versionToken == null) {
            throw new GraphFormatException("The graph document has no \"version\". A DeepCanvas graph says which "
                    + "version of the format it uses: add \"version\": " + GraphDocument.CURRENT_VERSION + ".");
        }
        if (versionToken != JsonToken.VALUE_NUMBER_INT) {
            throw new GraphFormatException("\"version\" must be a whole number such as "
                    + GraphDocument.CURRENT_VERSION + ", not " + shown(versionToken, versionText) + ".");
        }
        BigInteger version = new BigInteger(versionText);
        if (version.compareTo(BigInteger.valueOf(GraphDocument.CURRENT_VERSION)) > 0) {
            throw new GraphFormatException("This graph was saved by a newer DeepCanvas (format version "
                    + versionText + "); this version reads up to version " + GraphDocument.CURRENT_VERSION
                    + ". Update DeepCanvas to open it.");
        }
        if (version.signum() <= 0) {
            throw new GraphFormatException("The graph document has no valid \"version\" (found " + versionText
                    + ", expected " + GraphDocument.CURRENT_VERSION + ").");
        }
    }

    private static String shown(JsonToken token, String text) {
        return switch (token) {
            case VALUE_STRING -> "the text \"" + Printable.shortened(text) + "\"";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> Printable.shortened(text);
            default -> kind(token);
        };
    }

    private static String kind(JsonToken token) {
        return switch (token) {
            case START_ARRAY -> "a list";
            case START_OBJECT -> "an object";
            case VALUE_STRING -> "a text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "null";
            default -> "something else";
        };
    }
}
