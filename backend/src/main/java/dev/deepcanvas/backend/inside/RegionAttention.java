package dev.deepcanvas.backend.inside;

import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphEdge;
import dev.deepcanvas.graph.document.GraphNode;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Attention over a picture's regions: when an attention layer's keys are a Reshape of a convolution's output into a
 * sequence of its positions, each source step is one region of the picture (row after row), and a teacher wants to
 * point at the picture itself, not at column 37 of a heat map. This finds such a layer and draws, for each output
 * step, the input picture lit where that step attends: a region keeps its colour in proportion to its share of the
 * row's largest, down to a dim floor, so the picture stays recognisable everywhere.
 */
final class RegionAttention {

    /** How bright a region no attention reaches stays, so the rest of the picture can still be seen. */
    static final double FLOOR = 0.2;
    /** Screen pixels per picture pixel: a 32-pixel picture is drawn at 128. */
    static final int SCALE = 4;

    private RegionAttention() {
    }

    /**
     * @param values every vertex's output for the example, batch of 1, in DL4J's layout (a picture [1, C, H, W])
     * @return the map with its regions, or the map unchanged when its source is not a picture's regions
     */
    static AttentionMap withRegions(AttentionMap map, GraphDocument graph, Map<String, INDArray> values) {
        return grid(graph, map.nodeId(), values, map.sourceTokens().size())
                .flatMap(grid -> picture(graph, values).map(picture -> draw(map, grid, picture)))
                .orElse(map);
    }

    /** The keys' grid: rows × columns of the convolution output the keys' Reshape reads. */
    static Optional<int[]> grid(GraphDocument graph, String attentionNode, Map<String, INDArray> values,
                                int sources) {
        Optional<GraphNode> reshape = sourceOf(graph, attentionNode, 1).filter(n -> n.type().equals("Reshape"));
        if (reshape.isEmpty()) {
            return Optional.empty();
        }
        Optional<INDArray> before = sourceOf(graph, reshape.get().id(), 0).map(n -> values.get(n.id()));
        if (before.isEmpty() || before.get() == null || before.get().rank() != 4) {
            return Optional.empty();
        }
        int rows = (int) before.get().size(2);
        int columns = (int) before.get().size(3);
        // DL4J's reshape of [C, H, W] into [C, H·W] makes source step h·W + w the region (h, w)
        return rows * columns == sources ? Optional.of(new int[]{rows, columns}) : Optional.empty();
    }

    private static Optional<GraphNode> sourceOf(GraphDocument graph, String target, int port) {
        return graph.edges().stream().filter(e -> e.target().equals(target) && e.targetPort() == port)
                .map(GraphEdge::source).findFirst().flatMap(graph::node);
    }

    /** The graph's picture input for this example, [C, H, W]: the first image-shaped network input. */
    private static Optional<INDArray> picture(GraphDocument graph, Map<String, INDArray> values) {
        return graph.nodes().stream().filter(n -> n.type().equals("ImageInput")).map(n -> values.get(n.id()))
                .filter(v -> v != null && v.rank() == 4 && (v.size(1) == 1 || v.size(1) == 3)).findFirst()
                .map(v -> v.slice(0));
    }

    private static AttentionMap draw(AttentionMap map, int[] grid, INDArray picture) {
        int rows = grid[0];
        int columns = grid[1];
        List<byte[]> pictures = new ArrayList<>();
        for (int output = 0; output < map.outputTokens().size(); output++) {
            pictures.add(PngBytes.of(lit(map, output, rows, columns, picture)));
        }
        List<String> labels = new ArrayList<>();
        for (int s = 0; s < map.sourceTokens().size(); s++) {
            labels.add(regionName(s, columns));
        }
        return map.withRegions(labels, new PictureRegions(rows, columns,
                PngBytes.of(lit(null, 0, rows, columns, picture)), pictures));
    }

    /** Source step {@code s} of a grid {@code columns} wide, as "(row, column)" counted from 1. */
    static String regionName(int s, int columns) {
        return "(" + (s / columns + 1) + ", " + (s % columns + 1) + ")";
    }

    /**
     * The picture (its own range stretched to 0..1) scaled by each region's share of the row's largest; with no map,
     * the picture as it is.
     */
    static BufferedImage lit(AttentionMap map, int output, int rows, int columns, INDArray picture) {
        int channels = (int) picture.size(0);
        int height = (int) picture.size(1);
        int width = (int) picture.size(2);
        double low = picture.minNumber().doubleValue();
        double span = Math.max(1e-12, picture.maxNumber().doubleValue() - low);
        double largest = 0;
        for (int s = 0; map != null && s < rows * columns; s++) {
            largest = Math.max(largest, map.weight(output, s));
        }
        BufferedImage image = new BufferedImage(width * SCALE, height * SCALE, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int region = (y * rows / height) * columns + x * columns / width;
                double light = map == null ? 1 : FLOOR + (1 - FLOOR) * (largest > 0
                        ? map.weight(output, region) / largest : 0);
                int rgb = 0;
                for (int c = 0; c < 3; c++) {
                    double value = (picture.getDouble(Math.min(c, channels - 1), y, x) - low) / span;
                    rgb = rgb << 8 | (int) Math.round(Math.max(0, Math.min(1, value * light)) * 255);
                }
                for (int dy = 0; dy < SCALE; dy++) {
                    for (int dx = 0; dx < SCALE; dx++) {
                        image.setRGB(x * SCALE + dx, y * SCALE + dy, rgb);
                    }
                }
            }
        }
        return image;
    }
}
