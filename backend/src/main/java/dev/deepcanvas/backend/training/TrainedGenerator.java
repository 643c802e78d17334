package dev.deepcanvas.backend.training;

import dev.deepcanvas.graph.analysis.GanBlocks;
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

    /**
     * {@code n} samples from normal noise drawn with this seed (the same seed gives the same samples); a
     * conditional generator is asked for the classes in turn, so that every class is drawn equally often.
     */
    public INDArray draw(int n, long seed) {
        Nd4j.getRandom().setSeed(seed);
        DataType type = net.params().dataType();
        INDArray noise = Nd4j.randn(type, n, noiseSize);
        INDArray asked = blocks.conditional() ? GanArrays.inTurn(type, n, classes) : null;
        return net.output(false, GanArrays.generator(net.getConfiguration().getNetworkInputs(), blocks, noise,
                asked))[0];
    }
}
