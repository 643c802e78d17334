package dev.deepcanvas.graph.document;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;

import java.lang.System.Logger.Level;
import java.util.Objects;

/**
 * Reads and writes graph documents. Reading is strict: anything this version does not understand (unknown fields,
 * another format, a newer version) is refused rather than silently dropped, so that a saved graph is never altered
 * behind the user's back. Size caps are checked before and while parsing so hostile input fails fast.
 */
public final class GraphJson {

    /** Longest document accepted, in characters (a 200-node graph is about 60 KB). */
    public static final int MAX_CHARS = 5_000_000;
    /** Most nodes accepted in one document; the analyzer applies the same cap to documents built in code. */
    public static final int MAX_NODES = 20_000;
    /** Most edges accepted in one document. */
    public static final int MAX_EDGES = 100_000;
    /** Longest node id, type name, group or edge id accepted. */
    public static final int MAX_NAME = 200;
    /** Deepest JSON nesting accepted; real documents need about 6 levels. */
    public static final int MAX_DEPTH = 64;

    private static final ObjectMapper MAPPER = createMapper();
    private static final System.Logger LOG = System.getLogger(GraphJson.class.getName());

    private GraphJson() {
    }

    private static ObjectMapper createMapper() {
        JsonFactory factory = JsonFactory.builder()
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(MAX_CHARS)
                        .maxNumberLength(100)
                        .build())
                .build();
        return JsonMapper.builder(factory)
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .build();
    }

    /** Parses and checks a document; every failure is a {@link GraphFormatException} with a readable message. */
    public static GraphDocument parse(String json) throws GraphFormatException {
        if (json == null || json.isBlank()) {
            throw new GraphFormatException("The graph document is empty.");
        }
        if (json.length() > MAX_CHARS) {
            throw new GraphFormatException("The graph document is too large: " + json.length()
                    + " characters, the limit is " + MAX_CHARS + ".");
        }
        countElements(json);
        GraphDocument doc;
        try {
            doc = MAPPER.readValue(json, GraphDocument.class);
        } catch (JsonProcessingException e) {
            throw new GraphFormatException(describe(e), e);
        } catch (RuntimeException e) {
            // Jackson reports every malformed document as a JsonProcessingException (constructor checks included),
            // so this is a bug: the user still gets a message, the log the stack trace.
            LOG.log(Level.ERROR, "Reading a graph document failed unexpectedly", e);
            throw new GraphFormatException("The graph document could not be read: " + e.getClass().getSimpleName(), e);
        }
        if (doc == null) {
            throw new GraphFormatException("The graph document is empty (it contains only null).");
        }
        checkHeader(doc);
        if (doc.nodes().size() > MAX_NODES) {
            throw new GraphFormatException("The graph has " + doc.nodes().size() + " nodes; the limit is "
                    + MAX_NODES + ".");
        }
        if (doc.edges().size() > MAX_EDGES) {
            throw new GraphFormatException("The graph has " + doc.edges().size() + " edges; the limit is "
                    + MAX_EDGES + ".");
        }
        for (int i = 0; i < doc.nodes().size(); i++) {
            GraphNode n = doc.nodes().get(i);
            if (n == null) {
                throw new GraphFormatException("nodes[" + i + "] is null; every node must be an object.");
            }
            checkName("nodes[" + i + "].id", n.id());
            checkName("nodes[" + i + "].type", n.type());
            checkName("nodes[" + i + "].group", n.group());
        }
        for (int i = 0; i < doc.edges().size(); i++) {
            GraphEdge e = doc.edges().get(i);
            if (e == null) {
                throw new GraphFormatException("edges[" + i + "] is null; every edge must be an object.");
            }
            checkName("edges[" + i + "].id", e.id());
            checkName("edges[" + i + "].source", e.source());
            checkName("edges[" + i + "].target", e.target());
        }
        return doc;
    }

    /**
     * Counts the top-level "nodes" and "edges" entries with the streaming parser before anything is bound, so that a
     * document with 100,000 nodes is refused in milliseconds without building 100,000 objects. Malformed JSON is
     * left to the binding step, which reports it with its location.
     */
    private static void countElements(String json) throws GraphFormatException {
        try (JsonParser p = MAPPER.getFactory().createParser(json)) {
            int depth = 0;
            String field = null;
            String counting = null;
            int count = 0;
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                switch (t) {
                    case FIELD_NAME -> field = depth == 1 ? p.currentName() : field;
                    case START_ARRAY, START_OBJECT -> {
                        depth++;
                        if (t == JsonToken.START_ARRAY && depth == 2 && ("nodes".equals(field) || "edges".equals(field))) {
                            counting = field;
                            count = 0;
                        } else if (counting != null && depth == 3) {
                            count++;
                            int max = counting.equals("nodes") ? MAX_NODES : MAX_EDGES;
                            if (count > max) {
                                throw new GraphFormatException("The graph has more than " + max + " " + counting
                                        + "; the limit is " + max + ".");
                            }
                        }
                    }
                    case END_ARRAY, END_OBJECT -> {
                        if (depth == 2) {
                            counting = null;
                        }
                        depth--;
                    }
                    default -> {
                        if (counting != null && depth == 2) {
                            count++; // a scalar where a node or edge should be: still an element
                        }
                    }
                }
            }
        } catch (JsonProcessingException e) {
            // Reported with its location by the binding step.
        } catch (java.io.IOException e) {
            throw new GraphFormatException("The graph document could not be read: " + e.getMessage(), e);
        }
    }

    /** Ids and type names end up in every message and in generated Java: keep them short. */
    private static void checkName(String where, String value) throws GraphFormatException {
        if (value != null && value.length() > MAX_NAME) {
            throw new GraphFormatException(where + " is " + value.length() + " characters long; the limit is "
                    + MAX_NAME + ".");
        }
    }

    private static void checkHeader(GraphDocument doc) throws GraphFormatException {
        if (doc.format() == null) {
            throw new GraphFormatException("This is not a DeepCanvas graph: the \"format\" field is missing "
                    + "(expected \"" + GraphDocument.FORMAT + "\").");
        }
        if (!GraphDocument.FORMAT.equals(doc.format())) {
            throw new GraphFormatException("This is not a DeepCanvas graph: \"format\" is \"" + doc.format()
                    + "\", expected \"" + GraphDocument.FORMAT + "\".");
        }
        if (doc.version() > GraphDocument.CURRENT_VERSION) {
            throw new GraphFormatException("This graph was saved by a newer DeepCanvas (format version "
                    + doc.version() + "); this version reads up to version " + GraphDocument.CURRENT_VERSION
                    + ". Update DeepCanvas to open it.");
        }
        if (doc.version() < 1) {
            throw new GraphFormatException("The graph document has no valid \"version\" (found " + doc.version()
                    + ", expected " + GraphDocument.CURRENT_VERSION + ").");
        }
    }

    /** Writes a document as pretty-printed JSON with a stable field order (parameters sorted by name). */
    public static String write(GraphDocument doc) {
        Objects.requireNonNull(doc, "doc");
        try {
            return MAPPER.writeValueAsString(doc);
        } catch (JsonProcessingException e) {
            // Only reachable with parameter values that are not JSON data (e.g. arbitrary objects put in by code).
            throw new IllegalArgumentException("The graph cannot be written as JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** The shared, strictly configured mapper (for callers that embed documents in larger JSON). */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    private static String describe(JsonProcessingException e) {
        String where = location(e.getLocation());
        // Databind wraps low-level parser failures met inside a value; report the underlying cause.
        for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
            if (t instanceof StreamConstraintsException || t instanceof JsonParseException) {
                return describe((JsonProcessingException) t);
            }
        }
        if (e instanceof StreamConstraintsException) {
            return "The graph document is too deeply nested or contains an oversized value" + where
                    + " (nesting limit " + MAX_DEPTH + " levels).";
        }
        if (e instanceof UnrecognizedPropertyException u) {
            return "Unknown field \"" + u.getPropertyName() + "\"" + path(u) + where
                    + ". Known fields there: " + u.getKnownPropertyIds() + ".";
        }
        if (e instanceof InvalidFormatException f) {
            return "Field " + path(f).replaceFirst("^ in ", "") + " has an invalid value \"" + f.getValue() + "\""
                    + where + ": expected " + simpleType(f.getTargetType()) + ".";
        }
        if (e instanceof MismatchedInputException m) {
            String p = path(m);
            return "Wrong kind of value" + (p.isEmpty() ? "" : " for" + p.replaceFirst("^ in", "")) + where
                    + ": expected " + simpleType(m.getTargetType()) + ".";
        }
        if (e instanceof JsonMappingException m) {
            return "The graph document is not valid" + path(m) + where + ": " + firstLine(m.getOriginalMessage());
        }
        return "The graph document is not valid JSON" + where + ": " + firstLine(e.getOriginalMessage());
    }

    private static String simpleType(Class<?> type) {
        if (type == null) {
            return "another kind of value";
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class) {
            return "a whole number";
        }
        if (type == double.class || type == Double.class) {
            return "a number";
        }
        if (type == String.class) {
            return "a text";
        }
        if (java.util.List.class.isAssignableFrom(type)) {
            return "a list";
        }
        return "an object";
    }

    private static String path(JsonMappingException e) {
        StringBuilder sb = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                if (!sb.isEmpty()) {
                    sb.append('.');
                }
                sb.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                sb.append('[').append(ref.getIndex()).append(']');
            }
        }
        return sb.isEmpty() ? "" : " in " + sb;
    }

    private static String location(JsonLocation loc) {
        if (loc == null || loc.getLineNr() < 0) {
            return "";
        }
        return " (line " + loc.getLineNr() + ", column " + loc.getColumnNr() + ")";
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unreadable input";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
