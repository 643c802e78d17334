package dev.deepcanvas.graph.document;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One node of the canvas: a layer, an input, an output or a merge vertex.
 *
 * @param id       unique within the document; also the DL4J vertex name
 * @param type     a type name from the layer catalog (Keras vocabulary, e.g. "Dense")
 * @param params   parameter values; missing ones take the layer's defaults
 * @param position where the canvas draws the node (no meaning for the model)
 * @param group    null, or "generator"/"discriminator" for GAN blocks
 */
@JsonPropertyOrder({"id", "type", "params", "position", "group"})
public record GraphNode(String id, String type, Map<String, Object> params, Position position,
                        @JsonInclude(JsonInclude.Include.NON_NULL) String group) {

    public static final String GENERATOR = "generator";
    public static final String DISCRIMINATOR = "discriminator";

    public GraphNode {
        // Unmodifiable but order-preserving and null-tolerant (Map.copyOf rejects null values and loses order).
        params = params == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(params));
        position = position == null ? new Position(0, 0) : position;
    }

    public static GraphNode of(String id, String type, Map<String, Object> params) {
        return new GraphNode(id, type, params, new Position(0, 0), null);
    }

    public GraphNode withParam(String name, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(params);
        copy.put(name, value);
        return new GraphNode(id, type, copy, position, group);
    }

    public GraphNode withParams(Map<String, Object> newParams) {
        return new GraphNode(id, type, newParams, position, group);
    }

    public GraphNode withGroup(String newGroup) {
        return new GraphNode(id, type, params, position, newGroup);
    }

    public GraphNode withPosition(Position newPosition) {
        return new GraphNode(id, type, params, newPosition, group);
    }
}
