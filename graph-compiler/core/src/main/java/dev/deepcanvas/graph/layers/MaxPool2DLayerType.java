package dev.deepcanvas.graph.layers;

/** 2D max pooling. */
public final class MaxPool2DLayerType extends Pool2DLayerType {

    public MaxPool2DLayerType() {
        super("MaxPool2D",
                "Shrinks the image by keeping the largest value of each window (e.g. 2×2 halves height and width).");
    }
}
