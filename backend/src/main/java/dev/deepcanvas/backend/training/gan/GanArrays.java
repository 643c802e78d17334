package dev.deepcanvas.backend.training.gan;

import dev.deepcanvas.graph.analysis.GanBlocks;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;
import java.util.Map;

/**
 * What a GAN's networks are fed and scored against, in the order of their inputs and outputs. DL4J takes arrays
 * by position, and the compiler orders a network's inputs and outputs as the graph runs, so a conditional generator
 * may take its class before its noise: arrays are therefore always arranged by the names of the blocks' nodes.
 */
public final class GanArrays {

    private GanArrays() {
    }

    /**
     * The generator's inputs: the noise and, in a conditional GAN, the one-hot classes to draw.
     *
     * @param inputNames the generator network's inputs in DL4J's order
     * @param classes    one-hot classes, one row per noise row; ignored (may be null) for an unconditional GAN
     */
    public static INDArray[] generator(List<String> inputNames, GanBlocks blocks, INDArray noise, INDArray classes) {
        return blocks.conditional()
                ? arrange(inputNames, Map.of(blocks.noiseInput(), noise, blocks.generatorClassInput(), classes))
                : arrange(inputNames, Map.of(blocks.noiseInput(), noise));
    }

    /**
     * The discriminator's inputs: pictures and, where it has a ClassInput, the one-hot classes they claim (ignored
     * otherwise, may be null).
     */
    public static INDArray[] discriminator(List<String> inputNames, GanBlocks blocks, INDArray pictures,
                                           INDArray classes) {
        return blocks.discriminatorClassInput() != null
                ? arrange(inputNames, Map.of(blocks.discriminatorInput(), pictures,
                blocks.discriminatorClassInput(), classes))
                : arrange(inputNames, Map.of(blocks.discriminatorInput(), pictures));
    }

    /**
     * The discriminator's (or the combined network's) targets: the verdicts and, where it has a class Output, the
     * classes.
     */
    public static INDArray[] targets(List<String> outputNames, GanBlocks blocks, INDArray verdicts, INDArray classes) {
        return blocks.discriminatorClassOutput() == null
                ? arrange(outputNames, Map.of(blocks.discriminatorOutput(), verdicts))
                : arrange(outputNames, Map.of(blocks.discriminatorOutput(), verdicts,
                blocks.discriminatorClassOutput(), classes));
    }

    /**
     * Per-example masks for {@link #targets} of a batch of {@code real} real rows followed by {@code generated}
     * generated ones: the verdict learns from every row, a class Output from the real rows only. Taught with
     * generated pictures too, it would learn to recognise the generator's attempts, which the generator could then
     * satisfy without drawing the class. Null (no masks) when the discriminator has no class Output.
     */
    public static INDArray[] realRowsOnlyForClasses(List<String> outputNames, GanBlocks blocks, DataType type, int real,
                                             int generated) {
        if (blocks.discriminatorClassOutput() == null) {
            return null;
        }
        INDArray realOnly = Nd4j.concat(0, Nd4j.ones(type, real, 1), Nd4j.zeros(type, generated, 1));
        return outputNames.stream().map(n -> n.equals(blocks.discriminatorClassOutput()) ? realOnly : null)
                .toArray(INDArray[]::new);
    }

    /** The real-or-fake verdicts among a discriminator's outputs. */
    public static INDArray verdicts(List<String> outputNames, GanBlocks blocks, INDArray[] outputs) {
        return outputs[outputNames.indexOf(blocks.discriminatorOutput())];
    }

    private static INDArray[] arrange(List<String> inputNames, Map<String, INDArray> byName) {
        if (inputNames.size() != byName.size() || !byName.keySet().containsAll(inputNames)) {
            throw new IllegalArgumentException("the network takes " + inputNames + " but was given "
                    + byName.keySet());
        }
        return inputNames.stream().map(byName::get).toArray(INDArray[]::new);
    }
}
