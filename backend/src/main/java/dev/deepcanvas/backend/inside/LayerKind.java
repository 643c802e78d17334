package dev.deepcanvas.backend.inside;

/** How a layer's output for one example can be shown. */
public enum LayerKind {
    /** Channels of height × width values: convolution and pooling layers, and a picture input. */
    FEATURE_MAPS,
    /** One value per unit: dense layers, and a feature-vector input. */
    UNITS,
    /** The network's output: one probability per class, or the predicted numbers of a regressor. */
    OUTPUT,
    /** An output this version cannot draw yet (sequences over time, volumes); the note says why. */
    NOT_SHOWN
}
