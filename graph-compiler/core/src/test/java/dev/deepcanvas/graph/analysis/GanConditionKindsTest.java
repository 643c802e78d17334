package dev.deepcanvas.graph.analysis;

import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.testing.G;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A condition that includes the dataset's attributes (a shape and a colour at once) needs a class Output that says
 * yes or no to every number, and both ClassInputs must agree on what the condition holds.
 */
class GanConditionKindsTest {

    private final GraphAnalyzer analyzer = new GraphAnalyzer();

    /** A generator told a condition of 10 numbers, a discriminator with a verdict and a class Output. */
    private static G gan(String condition, String classActivation, String classLoss) {
        return G.graph().group("generator").node("noise", "NoiseInput", "size", 8)
                .node("asked", "ClassInput", "classes", 10, "condition", condition)
                .node("join", "Concatenate").node("g", "Dense", "units", 4, "activation", "tanh")
                .edge("noise", "join", 0).edge("asked", "join", 1).chain("join", "g")
                .group("discriminator").node("x", "Input", "size", 4).node("d", "Dense", "units", 8)
                .node("real", "Output", "units", 1, "activation", "sigmoid", "loss", "xent")
                .node("seen", "Output", "units", 10, "activation", classActivation, "loss", classLoss)
                .chain("x", "d", "real").chain("d", "seen");
    }

    @Test
    void attributesWithASigmoidClassOutputAreFine() {
        assertThat(analyzer.analyze(gan("class and attributes", "sigmoid", "xent").doc()).problems()).isEmpty();
    }

    @Test
    void attributesWithASoftmaxClassOutputAreRefusedNamingTheOutput() {
        GraphDocument doc = gan("class and attributes", "softmax", "mcxent").doc();
        assertThat(analyzer.analyze(doc).problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.GAN_BLOCKS);
            assertThat(p.nodeId()).isEqualTo("seen");
            assertThat(p.message()).contains("activation sigmoid and loss xent").contains("softmax with mcxent");
        });
    }

    @Test
    void aClassOnlyConditionKeepsItsSoftmax() {
        assertThat(analyzer.analyze(gan("class", "softmax", "mcxent").doc()).problems()).isEmpty();
    }

    @Test
    void bothClassInputsMustHoldTheSameCondition() {
        GraphDocument doc = G.graph().group("generator").node("noise", "NoiseInput", "size", 8)
                .node("asked", "ClassInput", "classes", 10, "condition", "class and attributes")
                .node("join", "Concatenate").node("g", "Dense", "units", 4, "activation", "tanh")
                .edge("noise", "join", 0).edge("asked", "join", 1).chain("join", "g")
                .group("discriminator").node("x", "Input", "size", 4).node("claims", "ClassInput", "classes", 10)
                .node("both", "Concatenate").node("d", "Dense", "units", 8)
                .node("real", "Output", "units", 1, "activation", "sigmoid", "loss", "xent")
                .edge("x", "both", 0).edge("claims", "both", 1).chain("both", "d", "real").doc();
        assertThat(analyzer.analyze(doc).problems()).singleElement().satisfies(p -> {
            assertThat(p.nodeId()).isEqualTo("claims");
            assertThat(p.message()).contains("the class and the dataset's attributes").contains("the class only");
        });
    }

    @Test
    void anUnknownConditionIsAParameterProblem() {
        GraphDocument doc = gan("colour", "sigmoid", "xent").doc();
        assertThat(analyzer.analyze(doc).problems()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.BAD_PARAM);
            assertThat(p.nodeId()).isEqualTo("asked");
        });
    }
}
