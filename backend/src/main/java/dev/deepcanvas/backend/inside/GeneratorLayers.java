package dev.deepcanvas.backend.inside;

import java.util.List;

/**
 * What every layer of the generator computed on the way from one noise vector (step {@code step} of the way from
 * the noise of {@code fromSeed} to that of {@code toSeed}) to its picture, in the order the data flows, as DL4J's own
 * layers compute it in inference mode (see {@link LayerOutputs}: each layer's output as it left that layer).
 *
 * @param fraction   how far along that way the noise is, 0 to 1
 * @param classIndex the class asked for; null for an ordinary GAN
 * @param className  its name; null for an ordinary GAN
 */
public record GeneratorLayers(long fromSeed, long toSeed, int step, double fraction, Integer classIndex,
                              String className, List<LayerActivations> layers) {

    public GeneratorLayers {
        layers = List.copyOf(layers);
    }
}
