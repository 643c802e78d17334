package dev.deepcanvas.backend.inside;

import java.util.List;
import java.util.stream.IntStream;

/**
 * What one layer of the canvas computed for the chosen example.
 *
 * @param shape         the layer's output for one example, without the batch dimension
 * @param maps          feature maps: the channels shown (the first {@link InsideService#MAX_CHANNELS}); over time:
 *                      one map, a row per unit and a column per time step (capped, see {@link LayerReading})
 * @param channels      feature maps: how many channels the layer has; over time: how many units
 * @param units         units and output: the values shown (the first {@link InsideService#MAX_UNITS})
 * @param unitCount     units and output: how many units the layer has
 * @param low           the smallest value of the whole layer, the dark end of its colour key
 * @param high          the largest value of the whole layer, the bright end of its colour key
 * @param note          what the view should say beside the values (a cap, or why nothing is shown); null if none
 */
public record LayerActivations(String nodeId, String nodeType, LayerKind kind, List<Long> shape,
                               List<FeatureMap> maps, int channels, List<Double> units, int unitCount,
                               double low, double high, String note) {

    public LayerActivations {
        shape = List.copyOf(shape);
        maps = List.copyOf(maps);
        units = List.copyOf(units);
    }

    /** The same reading with {@code remark} said after the note it has (why a drawing of it is missing, say). */
    public LayerActivations withNote(String remark) {
        return new LayerActivations(nodeId, nodeType, kind, shape, maps, channels, units, unitCount, low, high,
                note == null ? remark : note + " " + remark);
    }

    /** The indices of the {@code n} most active units shown, most active first. */
    public List<Integer> topUnits(int n) {
        return IntStream.range(0, units.size()).boxed()
                .sorted((a, b) -> Double.compare(units.get(b), units.get(a)))
                .limit(n).toList();
    }
}
