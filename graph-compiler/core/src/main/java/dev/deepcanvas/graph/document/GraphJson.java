package dev.deepcanvas.graph.document;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;

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
                // Reading never converts: 1.5 is not a version, "0.01" not a learning rate, 4.2 not a seed.
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
                .withCoercionConfig(LogicalType.Textual, text -> text
                        .setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail))
                .withCoercionConfigDefaults(all -> all
                        .setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                        .setCoercion(CoercionInputShape.String, CoercionAction.Fail))
                .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
                .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
                .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
                .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
                .build();
    }

    /**
     * Parses a document file's bytes: UTF-8 (with or without a byte-order mark) or UTF-16, strictly decoded (see
     * {@link DocumentText}); {@code source} names the file in messages.
     */
    public static GraphDocument parse(byte[] bytes, String source) throws GraphFormatException {
        return parse(DocumentText.decode(bytes, source));
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
        DocumentScan.check(MAPPER.getFactory(), json);
        GraphDocument doc;
        try {
            doc = MAPPER.readValue(json, GraphDocument.class);
        } catch (JsonProcessingException e) {
            throw new GraphFormatException(ReadErrors.describe(e), e);
        } catch (RuntimeException e) {
            // Jackson reports every malformed document as a JsonProcessingException (constructor checks included),
            // so this is a bug: the user still gets a message, the log the stack trace.
            LOG.log(Level.ERROR, "Reading a graph document failed unexpectedly", e);
            throw new GraphFormatException("The graph document could not be read: " + e.getClass().getSimpleName(), e);
        }
        if (doc == null) {
            throw new GraphFormatException("The graph document is empty (it contains only null).");
        }
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

    /** Ids and type names end up in every message and in generated Java: keep them short. */
    private static void checkName(String where, String value) throws GraphFormatException {
        if (value != null && value.length() > MAX_NAME) {
            throw new GraphFormatException(where + " is " + value.length() + " characters long; the limit is "
                    + MAX_NAME + ".");
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
}
