package dev.deepcanvas.graph.analysis;

import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.testing.G;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A GAN's inputs are the GAN's (issue 20, defects 7 and 8): NoiseInput and ClassInput are refused alike outside a GAN,
 * the generator starts from a NoiseInput, and a discriminator problem does not make the generator "unreachable".
 */
class GanInputsTest {

    private final GraphAnalyzer analyzer = new GraphAnalyzer();

    @Test
    void aNoiseInputInAClassifierIsRefusedLikeAClassInput() {
        for (String type : List.of("NoiseInput", "ClassInput")) {
            List<Problem> problems = analyzer.analyze(G.graph().node("z", type).node("d", "Dense")
                    .node("o", "Output").chain("z", "d", "o").doc()).problems();
            assertThat(problems).as(type).singleElement().satisfies(p -> {
                assertThat(p.code()).isEqualTo(ProblemCode.GAN_BLOCKS);
                assertThat(p.nodeId()).isEqualTo("z");
                assertThat(p.message()).contains("GAN").contains("Input, ImageInput, SequenceInput or TokenInput");
            });
        }
    }

    @Test
    void aDiscriminatorWithDropoutDoesNotDisownTheGenerator() {
        GraphDocument doc = G.graph().group("generator").node("noise", "NoiseInput", "size", 8)
                .node("g1", "Dense", "units", 16).node("g2", "Dense", "units", 4, "activation", "tanh")
                .group("discriminator").node("x", "Input", "size", 4).node("d1", "Dense", "units", 8)
                .node("drop", "Dropout", "rate", 0.3)
                .node("real", "Output", "units", 1, "activation", "sigmoid", "loss", "xent")
                .chain("noise", "g1", "g2").chain("x", "d1", "drop", "real").doc();
        List<Problem> problems = analyzer.analyze(doc).problems();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.GAN_BLOCKS);
            assertThat(p.nodeId()).isEqualTo("drop");
        });
    }

    @Test
    void aGeneratorStartsFromNoise() {
        GraphDocument doc = G.graph().group("generator").node("z", "Input", "size", 4)
                .node("g", "Dense", "units", 4, "activation", "tanh")
                .group("discriminator").node("x", "Input", "size", 4).node("d", "Dense")
                .node("real", "Output", "units", 1, "activation", "sigmoid", "loss", "xent")
                .chain("z", "g").chain("x", "d", "real").doc();
        assertThat(analyzer.analyze(doc).problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.GAN_BLOCKS);
            assertThat(p.nodeId()).isEqualTo("z");
            assertThat(p.message()).contains("which is what a NoiseInput is; z is an Input");
        });
    }

    @Test
    void noiseIsNotADiscriminatorsInput() {
        GraphDocument doc = G.graph().group("generator").node("z", "NoiseInput", "size", 4)
                .node("g", "Dense", "units", 4, "activation", "tanh")
                .group("discriminator").node("x", "NoiseInput", "size", 4).node("d", "Dense")
                .node("real", "Output", "units", 1, "activation", "sigmoid", "loss", "xent")
                .chain("z", "g").chain("x", "d", "real").doc();
        assertThat(analyzer.analyze(doc).problems()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.GAN_BLOCKS);
            assertThat(p.nodeId()).isEqualTo("x");
            assertThat(p.message()).contains("reads real samples");
        });
    }
}
