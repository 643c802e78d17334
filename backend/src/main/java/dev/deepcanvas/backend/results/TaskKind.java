package dev.deepcanvas.backend.results;

import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.graph.analysis.GanBlocks;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphNode;

import java.util.Set;

/** What a run learns, which decides its held-out metric (accuracy or R²) and the shape of its results. */
public enum TaskKind {
    CLASSIFICATION,
    REGRESSION,
    /** One class per time step (RnnOutput): next character, translation, captions. */
    SEQUENCE,
    /** A generator and a discriminator trained against each other; no held-out labels to score. */
    GAN,
    /** A picture for a picture (ImageOutput): an autoencoder, scored pixel by pixel against its own input. */
    RECONSTRUCTION;

    private static final Set<String> REGRESSION_LOSSES = Set.of("mse", "mae");

    /** The task the graph trains for, read from the loss of its Output node (mse/mae mean numbers). */
    public static TaskKind ofGraph(GraphDocument graph) {
        if (GanBlocks.isGan(graph)) {
            return GAN;
        }
        if (graph.nodes().stream().anyMatch(n -> n.type().equals("RnnOutput"))) {
            return SEQUENCE;
        }
        if (graph.nodes().stream().anyMatch(n -> n.type().equals("ImageOutput"))) {
            return RECONSTRUCTION;
        }
        return graph.nodes().stream()
                .filter(n -> n.type().equals("Output"))
                .findFirst()
                .map(TaskKind::ofOutput)
                .orElse(CLASSIFICATION);
    }

    /** The task a dataset provides: one without class names has numeric targets. */
    public static TaskKind ofDataset(PreparedDataset data) {
        return data.classNames().isEmpty() ? REGRESSION : CLASSIFICATION;
    }

    public static TaskKind ofOutput(GraphNode output) {
        Object loss = output.params() == null ? null : output.params().get("loss");
        return loss != null && REGRESSION_LOSSES.contains(loss.toString()) ? REGRESSION : CLASSIFICATION;
    }

    /** The name of the held-out metric, as charts and tables label it. */
    public String metricName() {
        return switch (this) {
            case CLASSIFICATION -> "accuracy";
            case REGRESSION -> "R²";
            // Per step: exact-sequence match is in the result, but per-step accuracy moves smoothly epoch by epoch.
            case SEQUENCE -> "token accuracy";
            case GAN -> "discriminator accuracy";
            case RECONSTRUCTION -> "squared error per pixel";
        };
    }
}
