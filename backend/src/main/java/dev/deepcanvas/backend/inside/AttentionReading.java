package dev.deepcanvas.backend.inside;

import dev.deepcanvas.graph.document.GraphNode;
import org.deeplearning4j.nn.conf.graph.AttentionVertex;
import org.deeplearning4j.nn.conf.layers.RecurrentAttentionLayer;
import org.deeplearning4j.nn.conf.layers.SelfAttentionLayer;
import org.deeplearning4j.nn.graph.vertex.GraphVertex;
import org.deeplearning4j.nn.layers.samediff.SameDiffGraphVertex;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The attention weights of an attention layer for the chosen example. DL4J computes them inside its attention op and
 * keeps only the layer's output, so they are recomputed from the trained parameters and the layer's inputs
 * ({@link AttentionMath}); the recomputed output must match DL4J's own before the weights are shown.
 */
final class AttentionReading {

    /** Rows and columns of one map: longer sequences are cut, and the view says so. */
    static final int MAX_STEPS = 64;
    /** Heads drawn per layer. */
    static final int MAX_HEADS = 8;
    /**
     * How far the recomputed output may stray from DL4J's (which computes in floats) before the weights are not
     * trusted; a real disagreement (a mask, a layout this code does not know) is far larger.
     */
    static final double AGREEMENT = 1e-4;

    private AttentionReading() {
    }

    /**
     * What the reading found: the maps, or why there are none for a layer that attends.
     *
     * @param refusal null when the maps are shown
     */
    record Result(List<AttentionMap> maps, String refusal) {
    }

    /**
     * @param inputs the vertex's inputs as it received them ({@link VertexInputs}), each with its batch of 1
     * @param actual the vertex's own output in the same pass
     * @return empty for a vertex that does not attend
     */
    static Optional<Result> of(GraphNode node, GraphVertex vertex, List<INDArray> inputs, INDArray actual,
                               StepLabels labels) {
        if (vertex instanceof SameDiffGraphVertex sameDiff && sameDiff.getConfig() instanceof AttentionVertex) {
            INDArray queries = inputs.get(0).slice(0);
            INDArray keys = inputs.get(1).slice(0);
            INDArray values = inputs.size() > 2 ? inputs.get(2).slice(0) : keys;
            AttentionMath.Attended attended = attend(sameDiff.paramTable(false), queries, keys, values);
            // The queries are the decoder's steps, which write the output: its tokens name the rows where they fit.
            List<String> rowCandidates = labels.written().size() == queries.size(1) ? labels.written()
                    : labels.words();
            return Optional.of(checked(node, attended.output(), actual, attended.weights(), labels.words(),
                    rowCandidates, 0, null));
        }
        if (!vertex.hasLayer()) {
            return Optional.empty();
        }
        Object conf = vertex.getLayer().conf().getLayer();
        Map<String, INDArray> params = vertex.getLayer().paramTable();
        if (conf instanceof SelfAttentionLayer) {
            INDArray input = inputs.get(0).slice(0);
            AttentionMath.Attended attended = attend(params, input, input, input);
            return Optional.of(checked(node, attended.output(), actual, attended.weights(), labels.words(),
                    labels.words(), 0, null));
        }
        if (conf instanceof RecurrentAttentionLayer recurrent) {
            INDArray input = inputs.get(0).slice(0);
            RecurrentAttentionMath.Unrolled unrolled = RecurrentAttentionMath.unroll(input, params.get("W"),
                    params.get("RW"), params.get("b"), params.get("Wq"), params.get("Wk"), params.get("Wv"),
                    params.get("Wo"), recurrent.getActivation().getActivationFunction());
            return Optional.of(checked(node, unrolled.output(), actual, unrolled.weights(), labels.words(),
                    labels.words(), 1, "Step 0 attends to nothing: its question is the layer's output at "
                            + "the step before, which does not exist yet; the rows start at step 1."));
        }
        return Optional.empty();
    }

    private static AttentionMath.Attended attend(Map<String, INDArray> params, INDArray queries, INDArray keys,
                                                 INDArray values) {
        INDArray wq = params.get("Wq");
        return wq == null ? AttentionMath.attendUnprojected(queries, keys, values)
                : AttentionMath.attend(queries, keys, values, wq, params.get("Wk"), params.get("Wv"),
                params.get("Wo"));
    }

    /**
     * @param weights   {@code [head][row][source step]}
     * @param firstRow  the time step of row 0 (1 for a recurrent attention layer)
     * @param remark    said after any cap; null if nothing
     */
    private static Result checked(GraphNode node, INDArray recomputed, INDArray actual, double[][][] weights,
                                  List<String> sourceCandidates, List<String> rowCandidates, int firstRow,
                                  String remark) {
        double off = recomputed.sub(AttentionMath.doubles(actual).slice(0)).amaxNumber().doubleValue();
        double scale = Math.max(1, AttentionMath.doubles(actual).amaxNumber().doubleValue());
        if (!(off <= AGREEMENT * scale)) {
            return new Result(List.of(), "The attention weights of this layer are not shown: recomputed from its "
                    + "parameters, its output differs from DL4J's by " + String.format(java.util.Locale.ROOT,
                    "%.2g", off) + ", so they would not be the ones the model used.");
        }
        int heads = weights.length;
        int rows = weights[0].length;
        int sources = rows == 0 ? 0 : weights[0][0].length;
        int shownRows = Math.min(rows, MAX_STEPS);
        int shownSources = Math.min(sources, MAX_STEPS);
        int shownHeads = Math.min(heads, MAX_HEADS);
        List<String> sourceLabels = StepLabels.of(sourceCandidates, sources, shownSources);
        List<String> rowLabels = StepLabels.of(rowCandidates.size() == rows + firstRow
                ? rowCandidates.subList(firstRow, rowCandidates.size()) : List.of(), rows, shownRows);
        List<String> notes = new ArrayList<>();
        if (shownHeads < heads) {
            notes.add("The first " + shownHeads + " of " + heads + " heads are shown.");
        }
        if (shownRows < rows || shownSources < sources) {
            notes.add("The first " + MAX_STEPS + " steps of each axis are shown, of " + rows + " × " + sources + ".");
        }
        if (remark != null) {
            notes.add(remark);
        }
        List<AttentionMap> maps = new ArrayList<>();
        for (int h = 0; h < shownHeads; h++) {
            float[] shown = new float[shownRows * shownSources];
            for (int r = 0; r < shownRows; r++) {
                for (int s = 0; s < shownSources; s++) {
                    shown[r * shownSources + s] = (float) weights[h][r][s];
                }
            }
            maps.add(new AttentionMap(node.id(), node.type(), h, heads, sourceLabels, rowLabels, shown,
                    notes.isEmpty() ? null : String.join(" ", notes)));
        }
        return new Result(maps, null);
    }
}
