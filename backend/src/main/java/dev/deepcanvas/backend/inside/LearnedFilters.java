package dev.deepcanvas.backend.inside;

import java.util.List;

/**
 * The weights of a model's first convolution: what pattern each of its filters looks for in the input.
 *
 * @param nodeId        the convolution's node on the canvas
 * @param filterCount   how many filters the layer has
 * @param channels      how many input channels each filter spans (3 for a colour picture)
 * @param height        a filter's height in pixels
 * @param width         a filter's width in pixels
 * @param weights       the filters shown (the first {@link InsideService#MAX_CHANNELS}), each channel after channel,
 *                      row after row: {@code channels × height × width} values
 * @param low           the smallest weight of the whole layer, the dark end of its key
 * @param high          the largest weight of the whole layer, the bright end of its key
 * @param note          what the view should say beside them (a cap); null if none
 */
public record LearnedFilters(String nodeId, int filterCount, int channels, int height, int width,
                             List<float[]> weights, double low, double high, String note) {

    public LearnedFilters {
        weights = List.copyOf(weights);
        for (float[] filter : weights) {
            if (filter.length != channels * height * width) {
                throw new IllegalArgumentException("a filter of " + channels + "×" + height + "×" + width
                        + " needs " + channels * height * width + " weights, not " + filter.length);
            }
        }
    }

    public float weight(int filter, int channel, int y, int x) {
        return weights.get(filter)[(channel * height + y) * width + x];
    }

    /** Drawn in colour, one channel each for red, green and blue. */
    public boolean isColour() {
        return channels == 3;
    }
}
