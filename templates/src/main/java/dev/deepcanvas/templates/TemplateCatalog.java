package dev.deepcanvas.templates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deepcanvas.graph.document.GraphFormatException;
import dev.deepcanvas.graph.document.GraphJson;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The template gallery, read from this module's resources: {@code catalog.json} lists the metadata and each
 * template's graph lives beside it as {@code <id>.graph.json}, in the one graph format used everywhere.
 */
public final class TemplateCatalog {

    private static final String BASE = "/dev/deepcanvas/templates/";

    private final List<Template> templates;

    private TemplateCatalog(List<Template> templates) {
        this.templates = List.copyOf(templates);
    }

    /** Loads the bundled gallery; a broken bundled template is a build defect, so it fails loudly. */
    public static TemplateCatalog load() {
        ObjectMapper mapper = new ObjectMapper();
        List<Template> loaded = new ArrayList<>();
        try (InputStream in = resource("catalog.json")) {
            for (JsonNode entry : mapper.readTree(in)) {
                String id = entry.get("id").asText();
                loaded.add(new Template(id,
                        entry.get("title").asText(),
                        Family.valueOf(entry.get("family").asText()),
                        entry.get("idea").asText(),
                        entry.get("datasetId").asText(),
                        bars(id, entry.path("bars")),
                        entry.hasNonNull("judgeId") ? entry.get("judgeId").asText() : null,
                        readDocument(id)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the template catalog", e);
        }
        return new TemplateCatalog(loaded);
    }

    private static List<QualityBar> bars(String id, JsonNode bars) {
        List<QualityBar> list = new ArrayList<>();
        for (JsonNode bar : bars) {
            list.add(new QualityBar(QualityBar.Metric.valueOf(bar.path("metric").asText()),
                    bar.path("target").asDouble(Double.NaN)));
        }
        if (list.isEmpty()) {
            throw new IllegalStateException("Template '" + id + "' in the catalog has no bars");
        }
        return list;
    }

    public List<Template> all() {
        return templates;
    }

    public Optional<Template> find(String id) {
        return templates.stream().filter(t -> t.id().equals(id)).findFirst();
    }

    public List<Template> byFamily(Family family) {
        return templates.stream().filter(t -> t.family() == family).toList();
    }

    private static dev.deepcanvas.graph.document.GraphDocument readDocument(String id) throws IOException {
        try (InputStream in = resource(id + ".graph.json")) {
            return GraphJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (GraphFormatException e) {
            throw new IllegalStateException("Bundled template '" + id + "' is not a valid graph document: " + e.getMessage(), e);
        }
    }

    private static InputStream resource(String name) throws IOException {
        InputStream in = TemplateCatalog.class.getResourceAsStream(BASE + name);
        if (in == null) {
            throw new IOException("missing template resource " + BASE + name);
        }
        return in;
    }
}
