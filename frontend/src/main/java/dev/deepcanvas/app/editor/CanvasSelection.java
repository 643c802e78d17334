package dev.deepcanvas.app.editor;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.List;
import java.util.Objects;

/** The node ids the canvas reports as selected, sent by the browser as a JSON array. */
final class CanvasSelection {

    private static final Logger LOG = LoggerFactory.getLogger(CanvasSelection.class);
    private static final ObjectMapper JSON = new ObjectMapper();

    private CanvasSelection() {
    }

    /**
     * The selected ids in the canvas's order. Anything but an array of ids means a bug in the canvas script; it
     * is logged and read as nothing selected, which only empties the Properties panel.
     */
    static List<String> parse(String json) {
        if (json == null || json.isBlank()) {
            return List.of();
        }
        try {
            List<String> ids = JSON.readValue(json, new TypeReference<List<String>>() {
            });
            return ids == null ? List.of() : ids.stream().filter(Objects::nonNull).toList();
        } catch (JsonProcessingException e) {
            LOG.warn("The canvas sent a selection that is not a list of node ids: {}", json, e);
            return List.of();
        }
    }
}
