package dev.deepcanvas.backend.training.layerstats;

/**
 * A layer whose updates left the healthy range: which layer, the first epoch it happened in and the ratio then.
 *
 * @param epochs  in how many of the run's epochs the layer was out of range that way
 * @param message the whole hint in plain language, with what the user could try
 */
public record LayerHint(Kind kind, String network, String layer, int epoch, double ratio, int epochs,
                        String message) {

    public enum Kind {
        /** The updates are so small next to the weights that the layer hardly learns. */
        VANISHING,
        /** The updates are so large next to the weights that each step throws away much of what was learned. */
        EXPLODING
    }
}
