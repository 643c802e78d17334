package dev.deepcanvas.backend.dataset;

import org.springframework.stereotype.Service;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/** The built-in datasets, prepared once and shared read-only by every run. */
@Service
public class DatasetService {

    /** What the UI lists: an id, a title and whether the data is synthetic. */
    public record DatasetInfo(String id, String title, boolean synthetic) {
    }

    private final Map<String, Supplier<PreparedDataset>> loaders = Map.of(IrisDataset.ID, IrisDataset::load);
    private final Map<String, PreparedDataset> prepared = new ConcurrentHashMap<>();

    public List<DatasetInfo> list() {
        return List.of(new DatasetInfo(IrisDataset.ID, "Iris flowers (150 real measurements)", false));
    }

    /** The dataset with this id; each caller must copy before mutating (DataSet arrays are shared). */
    public PreparedDataset get(String id) {
        Supplier<PreparedDataset> loader = loaders.get(id);
        if (loader == null) {
            throw new UnknownDatasetException(id);
        }
        return prepared.computeIfAbsent(id, key -> loader.get());
    }
}
