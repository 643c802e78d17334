package dev.deepcanvas.bench.throughput;

import dev.deepcanvas.backend.dataset.DatasetTask;
import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphEdge;
import dev.deepcanvas.graph.document.GraphNode;
import dev.deepcanvas.graph.document.Position;
import dev.deepcanvas.graph.document.TrainingSettings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The models of the throughput comparison, all trained with Adam at learning rate 0.001 and softmax cross-entropy;
 * {@code bench/pytorch/models.py} writes the same models in PyTorch:
 * <pre>
 *   mlp    784 → Dense 512 relu → Dense 256 relu → 10 softmax                        batch 128
 *   lenet  28×28×1 → Conv 5×5×20 relu → MaxPool 2 → Conv 5×5×50 relu → MaxPool 2
 *          → Dense 500 relu → 10 softmax                                             batch 64
 *   lstm   50 steps × 32 features → LSTM 128 → last step → 2 softmax                  batch 64
 *   gru    50 steps × 32 features → GRU 128 → last step → 2 softmax                   batch 64
 *   resnet 32×32×3 → Conv 3×3×32 → BN → relu                                          batch 64
 *          → [Conv 3×3×32 → BN → relu → Conv 3×3×32 → BN] + skip → relu
 *          → Conv 3×3×64 stride 2 → BN → relu
 *          → [Conv 3×3×64 → BN → relu → Conv 3×3×64 → BN] + skip → relu
 *          → global average pool → 10 softmax          (every convolution "same", with a bias, as DL4J's has)
 * </pre>
 * The first three are round one's models (the shapes of the team's original PyTorch reference). Each is written once
 * as a DeepCanvas graph document (what a user draws) and once by hand with DL4J's builder API
 * ({@link HandWrittenNetworks}).
 */
public enum BenchModel {

    MLP("mlp", 128, Shape.vector(784), 10, DatasetTask.CLASSIFICATION, 50),
    LENET("lenet", 64, Shape.image(28, 28, 1), 10, DatasetTask.CLASSIFICATION, 40),
    LSTM("lstm", 64, Shape.sequence(50, 32), 2, DatasetTask.SEQUENCE_CLASSIFICATION, 20),
    GRU("gru", 64, Shape.sequence(50, 32), 2, DatasetTask.SEQUENCE_CLASSIFICATION, 20),
    RESNET("resnet", 64, Shape.image(32, 32, 3), 10, DatasetTask.CLASSIFICATION, 6);

    private final String id;
    private final int batch;
    private final Shape input;
    private final int classes;
    private final DatasetTask task;
    private final int iterations;

    BenchModel(String id, int batch, Shape input, int classes, DatasetTask task, int iterations) {
        this.id = id;
        this.batch = batch;
        this.input = input;
        this.classes = classes;
        this.task = task;
        this.iterations = iterations;
    }

    /**
     * Minibatches per timed repetition: about a second or two of training on an idle two-core machine, so that
     * the slow models do not take minutes and the fast ones are not timed over a few milliseconds.
     */
    public int iterations() {
        return iterations;
    }

    /** The model named {@code id} (mlp, lenet, ...). */
    public static BenchModel byId(String id) {
        for (BenchModel model : values()) {
            if (model.id.equals(id)) {
                return model;
            }
        }
        throw new IllegalArgumentException("no bench model '" + id + "'; the models are "
                + String.join(", ", java.util.Arrays.stream(values()).map(BenchModel::id).toList()));
    }

    public String id() {
        return id;
    }

    public int batch() {
        return batch;
    }

    public Shape input() {
        return input;
    }

    public int classes() {
        return classes;
    }

    public DatasetTask task() {
        return task;
    }

    /** The id of the synthetic dataset that {@link BenchDatasets} serves for this model. */
    public String datasetId() {
        return "bench-" + id;
    }

    /** The model as a user would draw it on the canvas. */
    public GraphDocument document() {
        Chain chain = new Chain();
        switch (this) {
            case MLP -> chain.add("Input", Map.of("size", 784))
                    .add("Dense", Map.of("units", 512, "activation", "relu"))
                    .add("Dense", Map.of("units", 256, "activation", "relu"));
            case LENET -> chain.add("ImageInput", Map.of("height", 28, "width", 28, "channels", 1))
                    .add("Conv2D", Map.of("filters", 20, "kernel", List.of(5, 5), "activation", "relu"))
                    .add("MaxPool2D", Map.of("pool", List.of(2, 2), "stride", List.of(2, 2)))
                    .add("Conv2D", Map.of("filters", 50, "kernel", List.of(5, 5), "activation", "relu"))
                    .add("MaxPool2D", Map.of("pool", List.of(2, 2), "stride", List.of(2, 2)))
                    .add("Dense", Map.of("units", 500, "activation", "relu"));
            case LSTM -> chain.add("SequenceInput", Map.of("length", 50, "features", 32))
                    .add("LSTM", Map.of("units", 128, "returnSequences", false));
            case GRU -> chain.add("SequenceInput", Map.of("length", 50, "features", 32))
                    .add("GRU", Map.of("units", 128, "returnSequences", false));
            case RESNET -> {
                chain.add("ImageInput", Map.of("height", 32, "width", 32, "channels", 3));
                convolution(chain, 32, 1).add("Activation", Map.of("activation", "relu"));
                residualBlock(chain, 32);
                convolution(chain, 64, 2).add("Activation", Map.of("activation", "relu"));
                residualBlock(chain, 64);
                chain.add("GlobalAvgPool", Map.of());
            }
        }
        chain.add("Output", Map.of("units", classes, "activation", "softmax", "loss", "mcxent"));
        return GraphDocument.of("bench " + id, chain.nodes, chain.edges,
                new TrainingSettings("adam", 1e-3, batch, 1, "xavier", 0.0, 42));
    }

    /** A 3×3 "same" convolution without its own activation, then BatchNorm. */
    private static Chain convolution(Chain chain, int filters, int stride) {
        return chain.add("Conv2D", Map.of("filters", filters, "kernel", List.of(3, 3), "stride",
                        List.of(stride, stride), "padding", "same", "activation", "identity"))
                .add("BatchNorm", Map.of());
    }

    /** Two convolutions whose result is added to the block's input, then relu. */
    private static void residualBlock(Chain chain, int filters) {
        String skip = chain.last();
        convolution(chain, filters, 1).add("Activation", Map.of("activation", "relu"));
        convolution(chain, filters, 1).add("Add", Map.of()).join(skip, 1)
                .add("Activation", Map.of("activation", "relu"));
    }

    /** Builds a chain of nodes, each fed by the one before; {@link #join} adds a second input (a skip). */
    private static final class Chain {
        private final List<GraphNode> nodes = new ArrayList<>();
        private final List<GraphEdge> edges = new ArrayList<>();

        Chain add(String type, Map<String, Object> params) {
            String id = "n" + nodes.size();
            if (!nodes.isEmpty()) {
                edges.add(new GraphEdge("e" + edges.size(), last(), id, 0));
            }
            nodes.add(new GraphNode(id, type, new LinkedHashMap<>(params), new Position(200.0 * nodes.size(), 100),
                    null));
            return this;
        }

        Chain join(String from, int port) {
            edges.add(new GraphEdge("e" + edges.size(), from, last(), port));
            return this;
        }

        String last() {
            return nodes.get(nodes.size() - 1).id();
        }
    }
}
