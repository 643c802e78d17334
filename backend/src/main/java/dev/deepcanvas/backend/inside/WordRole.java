package dev.deepcanvas.backend.inside;

/** What became of a word of the example on its way into the model. */
public enum WordRole {
    /** The model read it at its step: it has a saliency. */
    READ,
    /** Filler before a short sentence, not a word of it: not scored. */
    PADDING,
    /** Beyond the model's length, so never read: not scored. */
    CUT
}
