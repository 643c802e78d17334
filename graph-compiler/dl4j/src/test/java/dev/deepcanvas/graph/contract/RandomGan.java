package dev.deepcanvas.graph.contract;

import dev.deepcanvas.graph.analysis.Analysis;
import dev.deepcanvas.graph.analysis.GraphAnalyzer;
import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphEdge;
import dev.deepcanvas.graph.document.GraphNode;
import dev.deepcanvas.graph.document.Position;
import dev.deepcanvas.graph.document.TrainingSettings;
import dev.deepcanvas.graph.layers.LayerCatalog;
import dev.deepcanvas.graph.layers.LayerType;
import dev.deepcanvas.graph.layers.Role;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Random GAN documents: a generator block from a NoiseInput (and, half the time, a ClassInput: a conditional GAN)
 * through random one-input layers to its sample, and a discriminator block from an input of the sample's shape
 * (rarely another) through random layers to its real-or-fake Output (and, when conditional, its own ClassInput or a
 * class Output). Layers are steered by the analyzer like {@link RandomGraph}'s, so most GANs are valid; the layer
 * types the frozen discriminator copy cannot take are offered too, so their refusal is exercised.
 */
final class RandomGan {

    private static final List<LayerType> ONE_INPUT = LayerCatalog.types().stream()
            .filter(t -> t.role() == Role.HIDDEN && t.arity().min() == 1 && t.arity().max() == 1).toList();

    private final Random rnd;
    private final GraphAnalyzer analyzer = new GraphAnalyzer();
    private final List<GraphNode> nodes = new ArrayList<>();
    private final List<GraphEdge> edges = new ArrayList<>();
    private int counter;

    private RandomGan(long seed) {
        this.rnd = new Random(RandomGraph.mix(seed ^ 0x6A09E667F3BCC908L));
    }

    static GraphDocument of(long seed) {
        return new RandomGan(seed).build();
    }

    private GraphDocument build() {
        boolean conditional = rnd.nextBoolean();
        int classes = 2 + rnd.nextInt(2);
        String noise = add("NoiseInput", "generator", Map.of("size", 2 + rnd.nextInt(5)));
        String last = noise;
        if (conditional) {
            String cls = add("ClassInput", "generator", Map.of("classes", classes));
            String join = add("Concatenate", "generator", Map.of());
            edge(noise, join, 0);
            edge(cls, join, 1);
            last = join;
        }
        int layers = 1 + rnd.nextInt(4);
        for (int i = 0; i < layers; i++) {
            last = addSteered("generator", last, i == layers - 1);
        }
        Shape sample = shapes().shapeOf(last);
        String real = add(inputFor(sample), "discriminator", inputParams(sample));
        String head = real;
        String discClass = null;
        if (conditional && rnd.nextBoolean()) {
            discClass = add("ClassInput", "discriminator", Map.of("classes", classes));
        }
        int discLayers = 1 + rnd.nextInt(4);
        for (int i = 0; i < discLayers; i++) {
            head = addSteered("discriminator", head, false);
        }
        head = toVector(head);
        if (discClass != null) {
            String join = add("Concatenate", "discriminator", Map.of());
            edge(head, join, 0);
            edge(discClass, join, 1);
            head = join;
        }
        String verdict = add("Output", "discriminator", Map.of("units", 1, "activation", "sigmoid", "loss", "xent"));
        edge(head, verdict, 0);
        if (conditional && (discClass == null || rnd.nextBoolean())) {
            String named = add("Output", "discriminator",
                    Map.of("units", classes, "activation", "softmax", "loss", "mcxent"));
            edge(head, named, 0);
        }
        TrainingSettings t = TrainingSettings.defaults().withLearningRate(0.001).withBeta1(0.5)
                .withSeed(rnd.nextLong());
        return GraphDocument.of("random GAN", nodes, edges, t);
    }

    /** The discriminator's input for a sample of this shape (rarely a wrong one, which must be refused). */
    private String inputFor(Shape sample) {
        if (sample == null || rnd.nextInt(20) == 0) {
            return List.of("Input", "ImageInput", "SequenceInput").get(rnd.nextInt(3));
        }
        return switch (sample.kind()) {
            case IMAGE -> "ImageInput";
            case SEQUENCE -> "SequenceInput";
            default -> "Input";
        };
    }

    private Map<String, Object> inputParams(Shape s) {
        Map<String, Object> p = new LinkedHashMap<>();
        if (s == null || rnd.nextInt(20) == 0) {
            return p; // the defaults: rarely the sample's shape
        }
        switch (s.kind()) {
            case IMAGE -> {
                p.put("height", (int) s.height());
                p.put("width", (int) s.width());
                p.put("channels", (int) s.channels());
            }
            case SEQUENCE -> {
                p.put("length", (int) s.timeSteps());
                p.put("features", (int) s.features());
            }
            default -> p.put("size", (int) Math.max(1, s.elementCount()));
        }
        return p;
    }

    /**
     * The discriminator's verdict is on a vector: a sequence is summarised first and an image flattened (mostly;
     * sometimes not, which must be refused or flattened by the Output).
     */
    private String toVector(String head) {
        Shape s = shapes().shapeOf(head);
        if (s == null || s.isVector() || rnd.nextInt(10) == 0) {
            return head;
        }
        String type = s.isSequence() ? (rnd.nextBoolean() ? "LastTimeStep" : "GlobalAvgPool") : "Flatten";
        String id = add(type, "discriminator", Map.of());
        edge(head, id, 0);
        return id;
    }

    /**
     * A one-input layer after {@code source} that fits its shape (the last of a few tries if none does). Layers a
     * block cannot take (BatchNorm in the discriminator, Dropout ending the generator) are mostly passed over, so
     * that their refusal is exercised without refusing most GANs.
     */
    private String addSteered(String group, String source, boolean endsGenerator) {
        for (int attempt = 0; attempt < 10; attempt++) {
            LayerType t = ONE_INPUT.get(rnd.nextInt(ONE_INPUT.size()));
            boolean refused = group.equals("discriminator") ? t.notInDiscriminatorBecause() != null
                    : endsGenerator && t.notLastInGeneratorBecause() != null;
            if (refused && attempt < 9 && rnd.nextInt(10) > 0) {
                continue;
            }
            Map<String, Object> params = new LinkedHashMap<>();
            if (t.params().stream().anyMatch(p -> p.name().equals("units"))) {
                params.put("units", 1 + rnd.nextInt(6));
            }
            if (t.params().stream().anyMatch(p -> p.name().equals("filters"))) {
                params.put("filters", 1 + rnd.nextInt(3));
            }
            String id = add(t.type(), group, params);
            edge(source, id, 0);
            Analysis a = shapes();
            if (attempt == 9 || (a.shapeOf(id) != null && a.problemsFor(id).isEmpty())) {
                return id;
            }
            nodes.remove(nodes.size() - 1);
            edges.remove(edges.size() - 1);
            counter--;
        }
        throw new IllegalStateException("unreachable");
    }

    /** Shapes so far, without the blocks: a half-built GAN's block problems say nothing about a layer's fit. */
    private Analysis shapes() {
        List<GraphNode> plain = nodes.stream().map(n -> n.withGroup(null)).toList();
        return analyzer.analyze(GraphDocument.of("partial", plain, edges, TrainingSettings.defaults()));
    }

    private String add(String type, String group, Map<String, Object> params) {
        String id = (group.equals("generator") ? "g" : "d") + counter++;
        nodes.add(new GraphNode(id, type, params, new Position(counter * 120.0, 0), group));
        return id;
    }

    private void edge(String source, String target, int port) {
        edges.add(new GraphEdge("e" + (edges.size() + 1), source, target, port));
    }
}
