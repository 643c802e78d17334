package dev.deepcanvas.graph.analysis;

import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.testing.G;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * With padding "same", a window covers its stride in every sliding layer, 1D and 2D (issue 20, defect 3: the 2D ones
 * accepted a stride beyond the kernel and skipped pixels), and a transposed convolution leaves no output pixel
 * without input (DL4J's gradient fails on it).
 */
class SamePaddingTest {

    private final GraphAnalyzer analyzer = new GraphAnalyzer();

    private Problem problemOf(GraphDocument doc) {
        List<Problem> problems = analyzer.analyze(doc).problems();
        assertThat(problems).hasSize(1);
        return problems.get(0);
    }

    private static GraphDocument image(String type, String window, List<Integer> size, List<Integer> stride,
                                       String padding) {
        G g = G.graph().node("in", "ImageInput", "height", 8, "width", 8, "channels", 3)
                .node("c", type, window, size, "stride", stride, "padding", padding);
        return g.node("f", "Flatten").node("o", "Output").chain("in", "c", "f", "o").doc();
    }

    private static GraphDocument sequence(String type, String window, int size, int stride, String padding) {
        return G.graph().node("in", "SequenceInput", "length", 8, "features", 3)
                .node("c", type, window, size, "stride", stride, "padding", padding)
                .node("o", "RnnOutput").chain("in", "c", "o").doc();
    }

    @Test
    void every2dLayerRefusesAStrideBeyondItsWindow() {
        for (String type : List.of("Conv2D", "MaxPool2D", "AvgPool2D", "SeparableConv2D", "DepthwiseConv2D")) {
            String window = type.contains("Pool") ? "pool" : "kernel";
            Problem p = problemOf(image(type, window, List.of(2, 2), List.of(3, 3), "same"));
            assertThat(p.code()).as(type).isEqualTo(ProblemCode.BAD_PARAM);
            assertThat(p.nodeId()).isEqualTo("c");
            assertThat(p.message()).isEqualTo(type + " with padding \"same\" and a stride of 3 needs a kernel of at "
                    + "least 3 along the height (it is 2), or 1 of every 3 input positions are skipped. Use a larger "
                    + "kernel, a smaller stride or padding \"valid\".");
            assertThat(analyzer.analyze(image(type, window, List.of(3, 3), List.of(3, 3), "same")).problems())
                    .as(type + " with a window as large as its stride").isEmpty();
            assertThat(analyzer.analyze(image(type, window, List.of(2, 2), List.of(3, 3), "valid")).problems())
                    .as(type + " with valid padding").isEmpty();
        }
    }

    @Test
    void theWidthIsCheckedToo() {
        Problem p = problemOf(image("Conv2D", "kernel", List.of(3, 1), List.of(1, 2), "same"));
        assertThat(p.message()).contains("along the width (it is 1)");
    }

    @Test
    void every1dLayerRefusesAStrideBeyondItsWindow() {
        for (String type : List.of("Conv1D", "MaxPool1D", "AvgPool1D")) {
            String window = type.contains("Pool") ? "pool" : "kernel";
            Problem p = problemOf(sequence(type, window, 2, 3, "same"));
            assertThat(p.code()).as(type).isEqualTo(ProblemCode.BAD_PARAM);
            assertThat(p.message()).contains("along the time axis (it is 2)");
            assertThat(analyzer.analyze(sequence(type, window, 3, 3, "same")).problems()).as(type).isEmpty();
        }
    }

    @Test
    void aTransposedConvolutionLeavesNoOutputPixelEmpty() {
        Problem p = problemOf(image("Conv2DTranspose", "kernel", List.of(1, 1), List.of(3, 3), "same"));
        assertThat(p.code()).isEqualTo(ProblemCode.BAD_PARAM);
        assertThat(p.message()).contains("2 of every 3 output positions get no input");
        assertThat(analyzer.analyze(image("Conv2DTranspose", "kernel", List.of(4, 4), List.of(2, 2), "same"))
                .problems()).isEmpty();
        assertThat(analyzer.analyze(image("Conv2DTranspose", "kernel", List.of(1, 1), List.of(3, 3), "valid"))
                .problems()).isEmpty();
    }
}
