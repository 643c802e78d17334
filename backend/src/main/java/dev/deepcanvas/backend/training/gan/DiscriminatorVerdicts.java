package dev.deepcanvas.backend.training.gan;

import dev.deepcanvas.graph.analysis.GanBlocks;
import dev.deepcanvas.graph.dl4j.NetworkFit;
import dev.deepcanvas.graph.dl4j.TrainingOutputs;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.MultiDataSet;

import java.util.List;
import java.util.Optional;

/**
 * The discriminator's real-or-fake verdicts on each batch it learns from, judged with its parameters before the
 * step: how good it was on samples it had not yet learned from, which the epoch's tally counts.
 *
 * <p>Where the discriminator computes the same in training as in inference (no dropout, noise or batch normalisation:
 * {@link TrainingOutputs#sameAsInference}), the verdicts are the ones its training step's own forward pass computed:
 * an inference pass before the step would compute exactly those numbers a second time, which cost most of a tenth of
 * the DCGAN's step (docs/performance.md). Otherwise they come from an inference pass before the step. Should a step
 * unexpectedly not have kept them, that step goes untallied and every later one is judged by inference: the tally
 * counts fewer samples, never verdicts made after the update.
 */
public final class DiscriminatorVerdicts {

    private final ComputationGraph discriminator;
    private final List<String> outputNames;
    private final GanBlocks blocks;
    private boolean fromTraining;

    /** @param discriminator the prepared discriminator ({@code FastTraining.prepare}) */
    public DiscriminatorVerdicts(ComputationGraph discriminator, List<String> outputNames, GanBlocks blocks) {
        this.discriminator = discriminator;
        this.outputNames = outputNames;
        this.blocks = blocks;
        this.fromTraining = TrainingOutputs.sameAsInference(discriminator, blocks.discriminatorOutput());
    }

    /** Whether the verdicts come from the training steps themselves. */
    public boolean fromTraining() {
        return fromTraining;
    }

    /**
     * Takes the discriminator's training step on {@code batch} and gives its verdicts on the batch's inputs before the
     * step, one row per input row; empty when this step could not be judged.
     */
    public Optional<INDArray> stepAndJudge(MultiDataSet batch, NetworkFit fit) {
        INDArray before = fromTraining ? null
                : GanArrays.verdicts(outputNames, blocks, discriminator.output(false, batch.getFeatures()));
        fit.fit(batch);
        if (before != null) {
            return Optional.of(before);
        }
        long rows = batch.getFeatures(0).size(0);
        Optional<INDArray> kept = fit.lastOutputs(blocks.discriminatorOutput()).filter(v -> v.size(0) == rows);
        if (kept.isEmpty()) {
            fromTraining = false;
        }
        return kept;
    }
}
