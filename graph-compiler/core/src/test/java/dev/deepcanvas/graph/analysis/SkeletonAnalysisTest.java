package dev.deepcanvas.graph.analysis;

import dev.deepcanvas.graph.testing.G;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class SkeletonAnalysisTest {

    private final GraphAnalyzer analyzer = new GraphAnalyzer();

    @Test
    void infersShapesAndParameters() {
        Analysis a = analyzer.analyze(G.skeleton());
        assertThat(a.problems()).isEmpty();
        assertThat(a.isValid()).isTrue();
        assertThat(a.shapeOf("in")).hasToString("4");
        assertThat(a.shapeOf("hidden")).isEqualTo(Shape.vector(16));
        assertThat(a.shapeOf("out")).hasToString("3");
        assertThat(a.nodes().get("in").params()).isZero();
        assertThat(a.nodes().get("hidden").params()).isEqualTo(4 * 16 + 16);
        assertThat(a.nodes().get("out").params()).isEqualTo(16 * 3 + 3);
        assertThat(a.totalParams()).isEqualTo(131);
        assertThat(a.multiplyAdds()).isEqualTo(4 * 16 + 16 * 3);
        assertThat(a.activationBytes()).isEqualTo((4 + 16 + 3) * 4L);
        assertThat(a.nodes().keySet()).containsExactly("in", "hidden", "out");
    }

    @Test
    void shapesPrintWithTheTimesSign() {
        assertThat(Shape.image(24, 24, 20)).hasToString("24×24×20");
        assertThat(Shape.sequence(10, 8)).hasToString("10×8");
        assertThat(Shape.vector(16)).hasToString("16");
        assertThat(Shape.image(2, 3, 4).elementCount()).isEqualTo(24);
    }
}
