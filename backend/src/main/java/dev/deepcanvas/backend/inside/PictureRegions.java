package dev.deepcanvas.backend.inside;

import java.util.List;

/**
 * An attention layer's source steps seen as what they are when its keys are a picture's regions (a convolution's
 * output, reshaped into a sequence): a grid of {@code rows × columns}, read row after row, and for every output step
 * the input picture lit where that step looks ({@link RegionAttention}).
 *
 * @param picture  the input picture itself, as PNG, drawn at the size of the others
 * @param pictures one PNG per output step, in the map's row order
 */
public record PictureRegions(int rows, int columns, byte[] picture, List<byte[]> pictures) {

    public PictureRegions {
        pictures = List.copyOf(pictures);
    }
}
