package dev.deepcanvas.backend.inside;

import dev.deepcanvas.backend.results.GanResult;
import dev.deepcanvas.backend.results.RunResult;
import dev.deepcanvas.backend.results.RunResultsService;
import dev.deepcanvas.backend.results.TaskKind;
import dev.deepcanvas.backend.training.RunDeletedEvent;
import dev.deepcanvas.backend.training.RunQueries;
import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.backend.training.gan.TrainedGenerator;
import dev.deepcanvas.graph.analysis.GanBlocks;
import dev.deepcanvas.graph.document.GraphDocument;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The trained generators of succeeded GAN runs, read from their saved files and kept for the few runs looked at
 * last, so that asking for picture after picture does not read a zip each time. Every call asks first whether the
 * caller may see the run: the kept generators are shared by everyone.
 */
@Component
class GanGenerators {

    private static final Logger log = LoggerFactory.getLogger(GanGenerators.class);
    /** Generators are small, but a class of learners may each open a different run: a few are kept, not all. */
    static final int KEPT = 3;

    /** A run's generator, the graph it was trained from and the names of the classes it can be asked for. */
    record Ready(TrainedGenerator generator, GraphDocument graph, List<String> classNames) {
    }

    private final RunQueries runs;
    private final RunResultsService results;
    private final Map<Long, Ready> kept = new LinkedHashMap<>(16, 0.75f, true);

    GanGenerators(RunQueries runs, RunResultsService results) {
        this.runs = runs;
        this.results = results;
    }

    /**
     * Runs {@code use} on the run's generator, one call at a time per generator (DL4J networks keep per-call state).
     *
     * @throws InsideRejectedException when the run is missing or not the caller's, not a GAN, has not succeeded, or
     *                                 its generator file is missing or unreadable
     */
    <T> T with(long runId, Function<Ready, T> use) {
        RunSummary run = runs.find(runId).orElseThrow(() -> new InsideRejectedException(
                "There is no run #" + runId + "."));
        if (run.task() != TaskKind.GAN) {
            throw new InsideRejectedException("Run #" + runId + " is not a GAN, so it has no generator to draw "
                    + "with.");
        }
        if (run.status() != RunState.SUCCEEDED) {
            throw new InsideRejectedException("Run #" + runId + " is " + run.status().name().toLowerCase(Locale.ROOT)
                    + ": only a succeeded GAN run has a trained generator to draw with.");
        }
        Ready ready = ready(runId);
        synchronized (ready.generator().net()) {
            return use.apply(ready);
        }
    }

    private synchronized Ready ready(long runId) {
        Ready ready = kept.get(runId);
        if (ready == null) {
            ready = load(runId);
            kept.put(runId, ready);
            if (kept.size() > KEPT) {
                kept.remove(kept.keySet().iterator().next());
            }
        }
        return ready;
    }

    private Ready load(long runId) {
        Path file = runs.modelFile(runId);
        if (!Files.isRegularFile(file)) {
            throw new InsideRejectedException("The generator file of run #" + runId + " is missing from the data "
                    + "folder, so there is nothing to draw with. Train the graph again.");
        }
        GanResult gan = results.find(runId).map(RunResult::gan).orElseThrow(() -> new InsideRejectedException(
                "Run #" + runId + " has no stored GAN result, so the length of its noise is not known. Train the "
                        + "graph again."));
        GraphDocument graph = runs.snapshot(runId).graph();
        GanBlocks blocks = GanBlocks.find(graph).blocks();
        if (blocks == null) {
            throw new InsideRejectedException("The graph of run #" + runId + " is no longer read as a generator and "
                    + "a discriminator, so its generator's inputs are not known.");
        }
        if (blocks.conditional() && !gan.conditional()) {
            throw new InsideRejectedException("Run #" + runId + " did not record the classes its generator was "
                    + "trained on, so it cannot be asked for one. Train the graph again.");
        }
        ComputationGraph net;
        try {
            // DL4J's own layers, without the faster passes training installs: a few dozen pictures at a time
            // do not need them, and the pictures are then exactly what DL4J makes of the saved generator
            net = ModelSerializer.restoreComputationGraph(file.toFile(), false);
        } catch (IOException | RuntimeException unreadable) {
            log.error("Run {}: its generator file {} could not be read", runId, file, unreadable);
            throw new InsideRejectedException("The generator file of run #" + runId + " could not be read; the "
                    + "details are in the log file. Train the graph again.");
        }
        return new Ready(TrainedGenerator.of(net, graph, gan), graph, gan.classNames());
    }

    /** Whether the run's generator is in memory now (for tests). */
    synchronized boolean isKept(long runId) {
        return kept.containsKey(runId);
    }

    @EventListener
    synchronized void onRunDeleted(RunDeletedEvent event) {
        kept.remove(event.runId());
    }
}
