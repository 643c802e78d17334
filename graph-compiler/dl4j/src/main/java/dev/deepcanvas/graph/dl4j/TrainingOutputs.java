package dev.deepcanvas.graph.dl4j;

import org.deeplearning4j.nn.api.Layer;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.Optional;

/**
 * An output layer's outputs as a training step's own forward pass computed them, for a trainer that wants the
 * network's outputs on the very batch it learns from (a GAN's tally of how often its discriminator was right before
 * each step): asking the network for them by inference before the step would run the same forward pass twice.
 *
 * <p>They are what inference would give for that batch with the parameters before the update only where the network
 * computes the same in training as in inference: no dropout, noise or batch normalisation ({@link #sameAsInference}),
 * and only for an output layer that computes its own forward pass ({@link FastOutputLayer}, in a prepared network).
 */
public final class TrainingOutputs {

    private TrainingOutputs() {
    }

    /**
     * Whether every training step of this prepared network ({@link FastTraining#prepare}) keeps the outputs of
     * {@code output} as inference before the step would compute them: the layer keeps them whenever its labels have
     * no mask, and nothing in the network computes differently in training.
     */
    public static boolean sameAsInference(ComputationGraph network, String output) {
        return layer(network, output) instanceof FastOutputLayer && DataParallelism.obstacle(network).isEmpty();
    }

    /** The outputs of {@code output} in the network's last training step, if it kept them. */
    static Optional<INDArray> last(ComputationGraph network, String output) {
        return layer(network, output) instanceof FastOutputLayer layer
                ? Optional.ofNullable(layer.lastTrainingOutput()) : Optional.empty();
    }

    /**
     * The rows of a step whose batch was cut into parts, each trained by one of {@code parts} (in row order): empty
     * if any part did not keep them.
     */
    static Optional<INDArray> last(List<ComputationGraph> parts, String output) {
        INDArray[] rows = new INDArray[parts.size()];
        for (int p = 0; p < rows.length; p++) {
            Optional<INDArray> part = last(parts.get(p), output);
            if (part.isEmpty()) {
                return Optional.empty();
            }
            rows[p] = part.get();
        }
        return Optional.of(rows.length == 1 ? rows[0] : Nd4j.concat(0, rows));
    }

    private static Layer layer(ComputationGraph network, String output) {
        GraphVertex vertex = network.getVertex(output);
        return vertex == null || !vertex.hasLayer() ? null : vertex.getLayer();
    }
}
