package dev.deepcanvas.backend.dataset;

import dev.deepcanvas.backend.dataset.builtin.BuiltInDataset;
import dev.deepcanvas.backend.dataset.builtin.BuiltInDatasets;
import dev.deepcanvas.backend.dataset.upload.UploadedDatasetStore;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Service;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every dataset a graph can train on: the built-in ones and the user's uploads. Each is prepared on first use and
 * then shared read-only by every run.
 */
@Service
public class DatasetService {

    private final Map<String, BuiltInDataset> builtIns = new LinkedHashMap<>();
    private final Map<String, PreparedDataset> prepared = new ConcurrentHashMap<>();
    private final UploadedDatasetStore uploads;

    /** Built-in datasets only (no database), for tools and tests that need no uploads. */
    public DatasetService() {
        this(null);
    }

    @Autowired
    public DatasetService(UploadedDatasetStore uploads) {
        this.uploads = uploads;
        for (BuiltInDataset dataset : BuiltInDatasets.all()) {
            builtIns.put(dataset.id(), dataset);
        }
    }

    /** What the dataset picker lists: built-in datasets, then uploads (newest first), without building arrays. */
    public List<DatasetDescriptor> list() {
        List<DatasetDescriptor> all = new ArrayList<>(builtIns.values().stream().map(BuiltInDataset::descriptor)
                .toList());
        if (uploads != null) {
            all.addAll(uploads.list());
        }
        return all;
    }

    /** The description of one dataset, without building its arrays. */
    public DatasetDescriptor describe(String id) {
        BuiltInDataset dataset = builtIns.get(id);
        if (dataset != null) {
            return dataset.descriptor();
        }
        return uploads().flatMap(u -> u.describe(id)).orElseThrow(() -> new UnknownDatasetException(id));
    }

    /**
     * The title of a dataset that {@code owner} trained on, for showing their shared run to anyone: a built-in's
     * title, the name the owner gave their upload, or a plain description once the upload is gone.
     */
    public String titleOwnedBy(String id, Long owner) {
        BuiltInDataset dataset = builtIns.get(id);
        if (dataset != null) {
            return dataset.descriptor().title();
        }
        return uploads().flatMap(u -> u.titleOf(id, owner)).orElse("a deleted upload");
    }

    /** The dataset with this id; each caller must copy before mutating (the arrays are shared). */
    public PreparedDataset get(String id) {
        BuiltInDataset dataset = builtIns.get(id);
        if (dataset != null) {
            return prepared.computeIfAbsent(id, key -> dataset.loader().get());
        }
        // The cache is shared by everyone: ask the store first whether this caller may see the upload at all.
        if (uploads().flatMap(u -> u.describe(id)).isEmpty()) {
            throw new UnknownDatasetException(id);
        }
        PreparedDataset cached = prepared.get(id);
        if (cached != null) {
            return cached;
        }
        PreparedDataset upload = uploads().flatMap(u -> u.load(id)).orElseThrow(() -> new UnknownDatasetException(id));
        prepared.put(id, upload);
        return upload;
    }

    /** Drops a deleted upload from the cache. */
    public void forget(String id) {
        prepared.remove(id);
    }

    private Optional<UploadedDatasetStore> uploads() {
        return Optional.ofNullable(uploads);
    }
}
