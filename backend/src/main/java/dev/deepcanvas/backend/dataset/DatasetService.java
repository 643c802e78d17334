package dev.deepcanvas.backend.dataset;

import org.springframework.stereotype.Service;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The built-in datasets, prepared on first use and then shared read-only by every run. */
@Service
public class DatasetService {

    private final Map<String, BuiltInDataset> builtIns = new LinkedHashMap<>();
    private final Map<String, PreparedDataset> prepared = new ConcurrentHashMap<>();

    public DatasetService() {
        for (BuiltInDataset dataset : BuiltInDatasets.all()) {
            builtIns.put(dataset.id(), dataset);
        }
    }

    /** What the dataset picker lists: every built-in dataset, without building its arrays. */
    public List<DatasetDescriptor> list() {
        return builtIns.values().stream().map(BuiltInDataset::descriptor).toList();
    }

    /** The description of one dataset, without building its arrays. */
    public DatasetDescriptor describe(String id) {
        BuiltInDataset dataset = builtIns.get(id);
        if (dataset == null) {
            throw new UnknownDatasetException(id);
        }
        return dataset.descriptor();
    }

    /** The dataset with this id; each caller must copy before mutating (the arrays are shared). */
    public PreparedDataset get(String id) {
        BuiltInDataset dataset = builtIns.get(id);
        if (dataset == null) {
            throw new UnknownDatasetException(id);
        }
        return prepared.computeIfAbsent(id, key -> dataset.loader().get());
    }
}
