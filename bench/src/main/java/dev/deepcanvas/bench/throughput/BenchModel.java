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
 * The three standard models of the throughput comparison, with the shapes, batch sizes and optimiser of
 * {@code shared/bench/pytorch_reference.py} (Adam, learning rate 0.001, softmax cross-entropy):
 * <pre>
 *   mlp   784 → Dense 512 relu → Dense 256 relu → 10 softmax                         batch 128
 *   lenet 28×28×1 → Conv 5×5×20 relu → MaxPool 2 → Conv 5×5×50 relu → MaxPool 2
 *         → Dense 500 relu → 10 softmax                                              batch 64
 *   lstm  50 steps × 32 features → LSTM 128 → last step → 2 softmax                   batch 64
 * </pre>
 * Each is written once as a DeepCanvas graph document (what a user draws) and once by hand with DL4J's builder
 * API ({@link HandWrittenNetworks}).
 */
public enum BenchModel {

    MLP("mlp", 128, Shape.vector(784), 10, DatasetTask.CLASSIFICATION),
    LENET("lenet", 64, Shape.image(28, 28, 1), 10, DatasetTask.CLASSIFICATION),
    LSTM("lstm", 64, Shape.sequence(50, 32), 2, DatasetTask.SEQUENCE_CLASSIFICATION);

    private final String id;
    private final int batch;
    private final Shape input;
    private final int classes;
    private final DatasetTask task;

    BenchModel(String id, int batch, Shape input, int classes, DatasetTask task) {
        this.id = id;
        this.batch = batch;
        this.input = input;
        this.classes = classes;
        this.task = task;
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
        }
        chain.add("Output", Map.of("units", classes, "activation", "softmax", "loss", "mcxent"));
        return GraphDocument.of("bench " + id, chain.nodes, chain.edges,
                new TrainingSettings("adam", 1e-3, batch, 1, "xavier", 0.0, 42));
    }

    /** Builds a straight chain of nodes, each fed by the one before. */
    private static final class Chain {
        private final List<GraphNode> nodes = new ArrayList<>();
        private final List<GraphEdge> edges = new ArrayList<>();

        Chain add(String type, Map<String, Object> params) {
            String id = "n" + nodes.size();
            if (!nodes.isEmpty()) {
                String previous = nodes.get(nodes.size() - 1).id();
                edges.add(new GraphEdge("e" + edges.size(), previous, id, 0));
            }
            nodes.add(new GraphNode(id, type, new LinkedHashMap<>(params), new Position(200.0 * nodes.size(), 100),
                    null));
            return this;
        }
    }
}
