package dev.deepcanvas.backend.inference;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongFunction;

/**
 * The few most recently used models, so that trying input after input does not reload a zip each time, while
 * memory stays bounded however many runs a user opens.
 */
final class ModelCache {

    private final int capacity;
    private final Map<Long, LoadedModel> models;

    ModelCache(int capacity) {
        this.capacity = capacity;
        this.models = new LinkedHashMap<>(16, 0.75f, true);
    }

    synchronized LoadedModel get(long runId, LongFunction<LoadedModel> loader) {
        LoadedModel model = models.get(runId);
        if (model == null) {
            model = loader.apply(runId);
            models.put(runId, model);
            if (models.size() > capacity) {
                Long eldest = models.keySet().iterator().next();
                models.remove(eldest);
            }
        }
        return model;
    }

    synchronized boolean contains(long runId) {
        return models.containsKey(runId);
    }

    synchronized void evict(long runId) {
        models.remove(runId);
    }
}
