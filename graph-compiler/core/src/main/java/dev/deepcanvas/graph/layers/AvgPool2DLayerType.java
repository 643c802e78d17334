package dev.deepcanvas.graph.layers;

/** 2D average pooling. */
public final class AvgPool2DLayerType extends Pool2DLayerType {

    public AvgPool2DLayerType() {
        super("AvgPool2D",
                "Shrinks the image by averaging each window (e.g. 2×2 halves height and width).");
    }
}
