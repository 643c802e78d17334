package dev.deepcanvas.backend.dataset;

/** How numeric CSV features are rescaled, always with statistics of the training rows only. */
public enum Normalisation {
    /** Zero mean, unit variance per column: the usual choice for an MLP. */
    STANDARDISE,
    /** Each column to [0, 1] by the training minimum and maximum. */
    MIN_MAX,
    /** The numbers as they are in the file. */
    NONE
}
