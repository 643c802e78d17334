package dev.deepcanvas.backend.inside;

import dev.deepcanvas.graph.document.GraphNode;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Turns one layer's output array for a single example into what the view shows, capped in size. */
final class LayerReading {

    private LayerReading() {
    }

    /**
     * @param value    the layer's output with its batch dimension of 1
     * @param isOutput whether the layer is one of the network's outputs
     */
    static LayerActivations of(GraphNode node, INDArray value, boolean isOutput) {
        long[] shape = Arrays.copyOfRange(value.shape(), 1, value.rank());
        List<Long> oneExample = Arrays.stream(shape).boxed().toList();
        double low = value.length() == 0 ? 0 : value.minNumber().doubleValue();
        double high = value.length() == 0 ? 0 : value.maxNumber().doubleValue();
        if (shape.length == 3) {
            return featureMaps(node, value, oneExample, low, high);
        }
        if (shape.length == 1) {
            double[] all = value.toDoubleVector();
            int shown = Math.min(all.length, InsideService.MAX_UNITS);
            List<Double> units = Arrays.stream(all, 0, shown).boxed().toList();
            String note = shown < all.length ? "The first " + shown + " of " + all.length + " units are shown." : null;
            return new LayerActivations(node.id(), node.type(), isOutput ? LayerKind.OUTPUT : LayerKind.UNITS,
                    oneExample, List.of(), 0, units, all.length, low, high, note);
        }
        String why = shape.length == 2
                ? "This layer's output runs over time (" + shape[0] + " values × " + shape[1] + " steps); "
                + "time-step heat maps come in a later version."
                : "This layer's output has " + shape.length + " axes " + oneExample + "; only feature maps and units "
                + "are drawn for now.";
        return new LayerActivations(node.id(), node.type(), LayerKind.NOT_SHOWN, oneExample, List.of(), 0, List.of(),
                0, low, high, why);
    }

    /** Channels first, as the compiler lays pictures out ({@code [1, channels, height, width]}). */
    private static LayerActivations featureMaps(GraphNode node, INDArray value, List<Long> shape, double low,
                                                double high) {
        int channels = (int) value.size(1);
        int height = (int) value.size(2);
        int width = (int) value.size(3);
        float[] all = value.castTo(DataType.FLOAT).dup('c').data().asFloat();
        int shown = Math.min(channels, InsideService.MAX_CHANNELS);
        List<FeatureMap> maps = new ArrayList<>();
        for (int c = 0; c < shown; c++) {
            maps.add(new FeatureMap(c, height, width, Arrays.copyOfRange(all, c * height * width,
                    (c + 1) * height * width)));
        }
        String note = shown < channels ? "The first " + shown + " of " + channels + " channels are shown." : null;
        return new LayerActivations(node.id(), node.type(), LayerKind.FEATURE_MAPS, shape, maps, channels, List.of(),
                0, low, high, note);
    }
}
