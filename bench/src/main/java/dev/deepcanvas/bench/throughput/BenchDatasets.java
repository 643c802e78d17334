package dev.deepcanvas.bench.throughput;

import dev.deepcanvas.backend.dataset.DatasetDescriptor;
import dev.deepcanvas.backend.dataset.DatasetService;
import dev.deepcanvas.backend.dataset.DatasetSplit;
import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.backend.dataset.SplitCounts;
import dev.deepcanvas.backend.dataset.TensorSpec;
import dev.deepcanvas.backend.training.DatasetLookup;
import dev.deepcanvas.graph.analysis.Shape;
import org.springframework.context.annotation.Primary;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * The datasets the throughput bench trains DeepCanvas on: random data of each bench model's shape, served to the
 * run launcher under "bench-…" ids through its ordinary dataset lookup. Every other id goes to the
 * application's datasets, so the template bench in the same process is unaffected.
 */
@Primary
@Component
public class BenchDatasets implements DatasetLookup {

    /** Set before the first lookup: how many minibatches each model's training part must hold. */
    private static final Map<BenchModel, Integer> trainingBatches = new ConcurrentHashMap<>();

    private final DatasetService datasets;
    private final Map<String, PreparedDataset> prepared = new ConcurrentHashMap<>();

    public BenchDatasets(DatasetService datasets) {
        this.datasets = datasets;
    }

    static void holdBatches(BenchModel model, int batches) {
        trainingBatches.put(model, batches);
    }

    @Override
    public PreparedDataset get(String datasetId) {
        for (BenchModel model : BenchModel.values()) {
            if (model.datasetId().equals(datasetId)) {
                return prepared.computeIfAbsent(datasetId, id -> prepare(model));
            }
        }
        return datasets.get(datasetId);
    }

    /** Training part: the batches one measurement needs; held-out parts: one batch each, so epoch ends stay short. */
    private static PreparedDataset prepare(BenchModel model) {
        int train = model.batch() * trainingBatches.getOrDefault(model, 300);
        int heldOut = model.batch();
        List<String> classes = IntStream.range(0, model.classes()).mapToObj(i -> "class " + i).toList();
        DatasetDescriptor descriptor = new DatasetDescriptor(model.datasetId(), "Random " + model.id() + " data",
                model.task(), List.of(TensorSpec.of("features", model.input())),
                List.of(TensorSpec.of("class", Shape.vector(model.classes()))), classes, List.of(), null, null,
                new SplitCounts(train, heldOut, heldOut), true,
                "Uniform random inputs and labels for timing; nothing to learn.", "bench, seeds 1–3");
        return new PreparedDataset(descriptor, split(model, train, 1), split(model, heldOut, 2),
                split(model, heldOut, 3));
    }

    private static DatasetSplit split(BenchModel model, int samples, long seed) {
        var batch = SyntheticBatches.batch(model, samples, seed);
        return DatasetSplit.of(batch.getFeatures(), batch.getLabels());
    }
}
