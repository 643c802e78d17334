package dev.deepcanvas.backend.inside;

import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphEdge;
import dev.deepcanvas.graph.document.GraphNode;
import dev.deepcanvas.graph.document.TrainingSettings;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A picture's regions found behind an attention layer's keys, and the picture lit where each output step looks. */
class RegionAttentionTest {

    /** pixels (4 × 4 × 3) → conv → regions (Reshape) → attention keys and values; a decoder asks. */
    private static GraphDocument graph(String keysType) {
        List<GraphNode> nodes = List.of(GraphNode.of("pixels", "ImageInput", Map.of()),
                GraphNode.of("conv", "Conv2D", Map.of()), GraphNode.of("regions", keysType, Map.of()),
                GraphNode.of("decoder", "LSTM", Map.of()), GraphNode.of("attention", "Attention", Map.of()));
        List<GraphEdge> edges = List.of(GraphEdge.of("a", "pixels", "conv"), GraphEdge.of("b", "conv", "regions"),
                new GraphEdge("c", "decoder", "attention", 0), new GraphEdge("d", "regions", "attention", 1),
                new GraphEdge("e", "regions", "attention", 2));
        return GraphDocument.of("t", nodes, edges, TrainingSettings.defaults());
    }

    /** A 4 × 4 picture of pure red; the conv's output a 2 × 2 grid of 5 channels. */
    private static Map<String, INDArray> values() {
        INDArray pixels = Nd4j.zeros(DataType.FLOAT, 1, 3, 4, 4);
        for (int x = 0; x < 4; x++) {
            for (int y = 0; y < 4; y++) {
                pixels.putScalar(new long[]{0, 0, y, x}, 1.0);
            }
        }
        return Map.of("pixels", pixels, "conv", Nd4j.rand(DataType.FLOAT, 1, 5, 2, 2));
    }

    /** Two output steps over 4 regions: the first looks at the top-left region only, the second evenly. */
    private static AttentionMap map() {
        List<String> sources = new ArrayList<>(List.of("step 1", "step 2", "step 3", "step 4"));
        return new AttentionMap("attention", "Attention", 0, 1, sources, List.of("red", "square"),
                new float[]{1, 0, 0, 0, 0.25f, 0.25f, 0.25f, 0.25f}, null);
    }

    @Test
    void aReshapedConvolutionsPositionsAreRegionsOfThePicture() {
        AttentionMap shown = RegionAttention.withRegions(map(), graph("Reshape"), values());

        assertThat(shown.sourceTokens()).containsExactly("(1, 1)", "(1, 2)", "(2, 1)", "(2, 2)");
        assertThat(List.of(shown.regions().rows(), shown.regions().columns())).containsExactly(2, 2);
        assertThat(shown.regions().pictures()).hasSize(2);
        assertThat(shown.weight(1, 3)).isEqualTo(0.25f);
    }

    @Test
    void theLitPictureKeepsTheRegionLookedAtAndDimsTheRest() {
        INDArray picture = values().get("pixels").slice(0);
        BufferedImage first = RegionAttention.lit(map(), 0, 2, 2, picture);
        BufferedImage even = RegionAttention.lit(map(), 1, 2, 2, picture);
        int scale = RegionAttention.SCALE;

        assertThat(first.getWidth()).isEqualTo(4 * scale);
        assertThat(red(first, 0, 0)).as("the region looked at, full red").isEqualTo(255);
        assertThat(red(first, 3 * scale, 3 * scale)).as("a region not looked at, at the floor")
                .isEqualTo((int) Math.round(RegionAttention.FLOOR * 255));
        assertThat(red(even, 3 * scale, 3 * scale)).as("equal shares light every region alike").isEqualTo(255);
    }

    @Test
    void keysThatAreNotAPicturesRegionsLeaveTheMapAsItIs() {
        AttentionMap map = map();
        assertThat(RegionAttention.withRegions(map, graph("Dense"), values())).isSameAs(map);
        // a grid of 2 × 2 cannot be the source of a map over 3 steps
        AttentionMap three = new AttentionMap("attention", "Attention", 0, 1, List.of("a", "b", "c"),
                List.of("x"), new float[]{0.2f, 0.3f, 0.5f}, null);
        assertThat(RegionAttention.withRegions(three, graph("Reshape"), values())).isSameAs(three);
    }

    private static int red(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) >> 16 & 0xff;
    }
}
