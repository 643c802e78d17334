package dev.deepcanvas.backend.inside;

import java.util.List;

/**
 * One attention head of one layer for the chosen example: for every output step (a row), the share of its attention
 * each source step (a column) receives. Every row sums to 1.
 *
 * @param head         which head, from 0
 * @param headCount    how many heads the layer has
 * @param sourceTokens what each column stands for: a source word, or "step 3" where the steps are not words
 * @param outputTokens what each row stands for: the token the model wrote at that step, a word, or "step 3"
 * @param weights      row after row, {@code outputTokens.size() × sourceTokens.size()} shares
 * @param note         what the view should say beside the map (a cap, a step without attention); null if none
 * @param regions      when the source steps are a picture's regions, their grid and the picture lit for every row;
 *                     null otherwise
 */
public record AttentionMap(String nodeId, String nodeType, int head, int headCount, List<String> sourceTokens,
                           List<String> outputTokens, float[] weights, String note, PictureRegions regions) {

    public AttentionMap {
        sourceTokens = List.copyOf(sourceTokens);
        outputTokens = List.copyOf(outputTokens);
        if (weights.length != sourceTokens.size() * outputTokens.size()) {
            throw new IllegalArgumentException("a " + outputTokens.size() + "×" + sourceTokens.size()
                    + " attention map needs " + outputTokens.size() * sourceTokens.size() + " weights, not "
                    + weights.length);
        }
    }

    /** A map whose source steps are not a picture's regions. */
    public AttentionMap(String nodeId, String nodeType, int head, int headCount, List<String> sourceTokens,
                        List<String> outputTokens, float[] weights, String note) {
        this(nodeId, nodeType, head, headCount, sourceTokens, outputTokens, weights, note, null);
    }

    /** The same map, its source steps named as regions of a picture. */
    AttentionMap withRegions(List<String> regionNames, PictureRegions pictureRegions) {
        return new AttentionMap(nodeId, nodeType, head, headCount, regionNames, outputTokens, weights, note,
                pictureRegions);
    }

    /** The share of output step {@code output}'s attention that source step {@code source} receives. */
    public float weight(int output, int source) {
        return weights[output * sourceTokens.size() + source];
    }

    /** The source step output step {@code output} attends to most. */
    public int strongestSource(int output) {
        int best = 0;
        for (int s = 1; s < sourceTokens.size(); s++) {
            if (weight(output, s) > weight(output, best)) {
                best = s;
            }
        }
        return best;
    }
}
