package dev.deepcanvas.templates;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * What the templates reached, as the latest verification run of each wrote it into {@value #FILE} beside the
 * catalog ({@code bench/verify.sh} writes it; nobody edits it by hand). The gallery reads its figures, times and
 * sample pictures from here and nowhere else; CI re-measures them.
 */
public final class VerifiedResults {

    /** The folder, as a class-path resource and under the templates module's resources. */
    public static final String FOLDER = "/dev/deepcanvas/templates/verified/";
    public static final String FILE = "results.json";
    /** The command that re-measures a template and rewrites its entry. */
    public static final String COMMAND = "bench/verify.sh";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Map<String, VerifiedResult> byTemplate;

    private VerifiedResults(Map<String, VerifiedResult> byTemplate) {
        this.byTemplate = byTemplate;
    }

    /** The bundled results; an unreadable file is a build defect, so it fails loudly. */
    public static VerifiedResults load() {
        try (InputStream in = VerifiedResults.class.getResourceAsStream(FOLDER + FILE)) {
            if (in == null) {
                return new VerifiedResults(new LinkedHashMap<>());
            }
            return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the verified template results", e);
        }
    }

    /** A picture written beside the results, as bytes; empty when there is none. */
    public static Optional<byte[]> picture(String fileName) {
        if (fileName == null || fileName.contains("/") || fileName.contains("..")) {
            return Optional.empty();
        }
        try (InputStream in = VerifiedResults.class.getResourceAsStream(FOLDER + fileName)) {
            return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + fileName + " of the verified results", e);
        }
    }

    public static VerifiedResults parse(String json) throws IOException {
        Map<String, VerifiedResult> results = new LinkedHashMap<>();
        for (JsonNode entry : JSON.readTree(json).path("results")) {
            VerifiedResult result = result(entry);
            results.put(result.templateId(), result);
        }
        return new VerifiedResults(results);
    }

    public Optional<VerifiedResult> find(String templateId) {
        return Optional.ofNullable(byTemplate.get(templateId));
    }

    public List<VerifiedResult> all() {
        return List.copyOf(byTemplate.values());
    }

    /** These results with one template's entry replaced (or added), in the catalog's order. */
    public VerifiedResults with(VerifiedResult result, TemplateCatalog order) {
        Map<String, VerifiedResult> merged = new LinkedHashMap<>(byTemplate);
        merged.put(result.templateId(), result);
        Map<String, VerifiedResult> ordered = new LinkedHashMap<>();
        for (Template template : order.all()) {
            if (merged.containsKey(template.id())) {
                ordered.put(template.id(), merged.remove(template.id()));
            }
        }
        ordered.putAll(merged);
        return new VerifiedResults(ordered);
    }

    public String toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("about", "Written by " + COMMAND + " from its training runs; not to be edited by hand. CI "
                + "re-measures these figures and fails where they disagree.");
        ArrayNode list = root.putArray("results");
        byTemplate.values().forEach(r -> list.add(node(r)));
        try {
            return JSON.writeValueAsString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static VerifiedResult result(JsonNode e) {
        List<QualityBar> bars = new ArrayList<>();
        for (JsonNode bar : e.path("bars")) {
            bars.add(new QualityBar(QualityBar.Metric.valueOf(bar.path("metric").asText()),
                    bar.path("target").asDouble()));
        }
        List<VerifiedRun> runs = new ArrayList<>();
        for (JsonNode run : e.path("runs")) {
            Map<String, Double> breakdown = new LinkedHashMap<>();
            run.path("breakdown").fields().forEachRemaining(f -> breakdown.put(f.getKey(), f.getValue().asDouble()));
            runs.add(new VerifiedRun(run.path("seed").asLong(), run.path("seconds").asDouble(),
                    figures(run.path("figures")), breakdown));
        }
        List<Reference> references = new ArrayList<>();
        for (JsonNode reference : e.path("references")) {
            references.add(new Reference(reference.path("name").asText(), figures(reference.path("figures"))));
        }
        return new VerifiedResult(e.path("template").asText(), bars, runs, references,
                e.hasNonNull("samples") ? e.get("samples").asText() : null, e.path("commit").asText(),
                e.path("clean").asBoolean(), Instant.parse(e.path("date").asText()), e.path("machine").asText(),
                e.path("cores").asInt(), e.path("load").asDouble());
    }

    private static Map<QualityBar.Metric, Double> figures(JsonNode node) {
        Map<QualityBar.Metric, Double> figures = new EnumMap<>(QualityBar.Metric.class);
        node.fields().forEachRemaining(f -> figures.put(QualityBar.Metric.valueOf(f.getKey()),
                f.getValue().asDouble()));
        return figures;
    }

    private static ObjectNode node(VerifiedResult r) {
        ObjectNode e = JSON.createObjectNode();
        e.put("template", r.templateId());
        ArrayNode bars = e.putArray("bars");
        r.bars().forEach(b -> bars.addObject().put("metric", b.metric().name()).put("target", b.target()));
        e.put("met", r.met());
        ArrayNode runs = e.putArray("runs");
        for (VerifiedRun run : r.runs()) {
            ObjectNode n = runs.addObject().put("seed", run.seed()).put("seconds", round(run.seconds(), 1));
            n.set("figures", figuresNode(run.figures()));
            ObjectNode breakdown = n.putObject("breakdown");
            run.breakdown().forEach((k, v) -> breakdown.put(k, round(v, 6)));
        }
        ArrayNode references = e.putArray("references");
        for (Reference reference : r.references()) {
            ObjectNode n = references.addObject().put("name", reference.name());
            n.set("figures", figuresNode(reference.figures()));
        }
        e.put("samples", r.samples());
        e.put("commit", r.commit());
        e.put("clean", r.clean());
        e.put("date", r.date().toString());
        e.put("machine", r.machine());
        e.put("cores", r.cores());
        e.put("load", round(r.load(), 2));
        return e;
    }

    private static ObjectNode figuresNode(Map<QualityBar.Metric, Double> figures) {
        ObjectNode n = JSON.createObjectNode();
        new TreeMap<>(figures).forEach((metric, value) -> n.put(metric.name(), round(value, 6)));
        return n;
    }

    /** Figures are kept to six decimals: far finer than any bar, and the same text for the same figure. */
    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
