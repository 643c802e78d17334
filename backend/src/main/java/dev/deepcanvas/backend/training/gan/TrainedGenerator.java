package dev.deepcanvas.backend.training.gan;

import dev.deepcanvas.graph.dl4j.NativeSeed;
import dev.deepcanvas.backend.results.GanResult;
import dev.deepcanvas.graph.analysis.GanBlocks;
import dev.deepcanvas.graph.document.GraphDocument;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A GAN run's saved generator with what it takes to draw from it: the length of its noise and, for a conditional
 * GAN, what it can be asked for.
 *
 * @param condition {@link GanCondition#NONE} for an ordinary GAN
 */
public record TrainedGenerator(ComputationGraph net, GanBlocks blocks, int noiseSize, GanCondition condition) {

    /** The generator of a run of {@code graph} that ended with {@code result}. */
    public static TrainedGenerator of(ComputationGraph net, GraphDocument graph, GanResult result) {
        return new TrainedGenerator(net, GanBlocks.find(graph).blocks(), result.noiseSize(),
                new GanCondition(result.classNames(), result.attributes()));
    }

    /** How many classes it can be asked for; 0 for an ordinary GAN. */
    public int classes() {
        return condition.classNames().size();
    }

    /**
     * {@code n} samples from normal noise drawn with this seed (the same seed gives the same samples); a
     * conditional generator is asked for the rows of {@link #askedFor}.
     */
    public INDArray draw(int n, long seed) {
        NativeSeed.seedNd4j(seed);
        INDArray noise = Nd4j.randn(net.params().dataType(), n, noiseSize);
        return net.output(false, GanArrays.generator(net.getConfiguration().getNetworkInputs(), blocks, noise,
                askedFor(n)))[0];
    }

    /**
     * The conditions {@link #draw} asks for: every combination of class and attributes in turn, so that each is
     * drawn equally often; null for an ordinary GAN.
     */
    public INDArray askedFor(int n) {
        return blocks.conditional() ? condition.inTurn(net.params().dataType(), n) : null;
    }
}
