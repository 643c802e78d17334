package dev.deepcanvas.app.training;

import com.vaadin.flow.server.VaadinSession;
import dev.deepcanvas.backend.dataset.DatasetDescriptor;
import dev.deepcanvas.backend.dataset.builtin.IrisDataset;
import dev.deepcanvas.backend.training.DatasetFitCheck;
import dev.deepcanvas.graph.document.GraphDocument;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which dataset each graph was last trained on in this browser session, so Train proposes it again. A graph not
 * trained yet, or changed so it no longer fits its last dataset, gets the first dataset it fits (by input and output
 * shape).
 */
public final class DatasetMemory {

    private static final String KEY = DatasetMemory.class.getName();

    private DatasetMemory() {
    }

    public static void remember(long graphId, String datasetId) {
        choices().put(graphId, datasetId);
    }

    public static Optional<String> remembered(long graphId) {
        return Optional.ofNullable(choices().get(graphId));
    }

    /**
     * The remembered dataset while the graph still fits it; else the first dataset the graph fits (its input or
     * output changed, say from a vector to an image); else the remembered one, so its fit problems are shown; else
     * Iris.
     */
    public static DatasetDescriptor suggest(DatasetFitCheck fitCheck, long graphId, GraphDocument graph,
                                            List<DatasetDescriptor> datasets) {
        Optional<DatasetDescriptor> remembered = remembered(graphId)
                .flatMap(id -> datasets.stream().filter(d -> d.id().equals(id)).findFirst());
        if (remembered.isPresent() && fits(fitCheck, graph, remembered.get())) {
            return remembered.get();
        }
        return datasets.stream().filter(d -> fits(fitCheck, graph, d)).findFirst()
                .or(() -> remembered)
                .or(() -> datasets.stream().filter(d -> d.id().equals(IrisDataset.ID)).findFirst())
                .orElse(datasets.get(0));
    }

    /** The Train dialog's own check, so a GAN is matched to pictures of its discriminator's input shape. */
    private static boolean fits(DatasetFitCheck fitCheck, GraphDocument graph, DatasetDescriptor dataset) {
        return fitCheck.problems(graph, dataset).isEmpty();
    }

    @SuppressWarnings("unchecked")
    private static Map<Long, String> choices() {
        VaadinSession session = VaadinSession.getCurrent();
        Map<Long, String> map = (Map<Long, String>) session.getAttribute(KEY);
        if (map == null) {
            map = new HashMap<>();
            session.setAttribute(KEY, map);
        }
        return map;
    }
}
