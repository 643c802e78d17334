package dev.deepcanvas.graph.compile;

/** The three networks of a compiled GAN. */
public enum GanGraph {
    /** Noise → sample; used for sampling, trained only through {@link #COMBINED}. */
    GENERATOR,
    /** Sample → real/fake; trained on real and generated samples. */
    DISCRIMINATOR,
    /** Noise → generator → frozen discriminator; fitted with "real" labels to train the generator. */
    COMBINED
}
