package dev.deepcanvas.backend.training.gan;

import dev.deepcanvas.graph.dl4j.NativeSeed;
import dev.deepcanvas.backend.results.GanResult;
import dev.deepcanvas.graph.analysis.GanBlocks;
import dev.deepcanvas.graph.document.GraphDocument;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

/**
 * A GAN run's saved generator with what it takes to draw from it: the length of its noise and, for a conditional
 * GAN, how many classes it can be asked for.
 *
 * @param classes 0 for an ordinary GAN
 */
public record TrainedGenerator(ComputationGraph net, GanBlocks blocks, int noiseSize, int classes) {

    /** The generator of a run of {@code graph} that ended with {@code result}. */
    public static TrainedGenerator of(ComputationGraph net, GraphDocument graph, GanResult result) {
        return new TrainedGenerator(net, GanBlocks.find(graph).blocks(), result.noiseSize(),
                result.classNames().size());
    }

    /**
     * {@code n} samples from normal noise drawn with this seed (the same seed gives the same samples); a
     * conditional generator is asked for the classes of {@link #askedFor}.
     */
    public INDArray draw(int n, long seed) {
        NativeSeed.seedNd4j(seed);
        INDArray noise = Nd4j.randn(net.params().dataType(), n, noiseSize);
        return net.output(false, GanArrays.generator(net.getConfiguration().getNetworkInputs(), blocks, noise,
                askedFor(n)))[0];
    }

    /**
     * The one-hot classes {@link #draw} asks for: the classes in turn, so that every class is drawn equally often;
     * null for an ordinary GAN.
     */
    public INDArray askedFor(int n) {
        return blocks.conditional() ? GanArrays.inTurn(net.params().dataType(), n, classes) : null;
    }
}
