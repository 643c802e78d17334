package dev.deepcanvas.graph.analysis;

import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.TrainingSettings;
import dev.deepcanvas.graph.testing.G;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Each broken graph must be reported with its specific code on the right node, never as an exception. */
class BrokenGraphsTest {

    private final GraphAnalyzer analyzer = new GraphAnalyzer();

    private Analysis analyze(GraphDocument doc) {
        Analysis a = analyzer.analyze(doc);
        assertThat(a.isValid()).isFalse();
        return a;
    }

    private static void expect(Analysis a, ProblemCode code, String nodeId) {
        assertThat(a.problems()).as("problems: %s", a.problems())
                .anySatisfy(p -> {
                    assertThat(p.code()).isEqualTo(code);
                    assertThat(p.nodeId()).isEqualTo(nodeId);
                    assertThat(p.message()).isNotBlank();
                });
    }

    @Test
    void cycle() {
        Analysis a = analyze(G.graph()
                .node("in", "Input", "size", 4)
                .node("a", "Dense").node("b", "Dense").node("out", "Output")
                .chain("in", "a", "b", "out").edge("b", "a", 1).doc());
        expect(a, ProblemCode.CYCLE, "a");
        expect(a, ProblemCode.CYCLE, "b");
        assertThat(a.problemsFor("in")).isEmpty();
    }

    @Test
    void selfLoop() {
        Analysis a = analyze(G.graph().node("in", "Input").node("a", "Dense").node("out", "Output")
                .chain("in", "a", "out").edge("a", "a", 1).doc());
        expect(a, ProblemCode.CYCLE, "a");
    }

    @Test
    void danglingInput() {
        Analysis a = analyze(G.graph().node("in", "Input").node("d", "Dense").node("out", "Output")
                .edge("d", "out").edge("in", "out", 1).doc());
        expect(a, ProblemCode.DANGLING_INPUT, "d");
        assertThat(a.problemsFor("d").get(0).message()).contains("Connect");
    }

    @Test
    void noOutput() {
        Analysis a = analyze(G.graph().node("in", "Input").node("d", "Dense").chain("in", "d").doc());
        expect(a, ProblemCode.NO_OUTPUT, null);
    }

    @Test
    void noInput() {
        Analysis a = analyze(G.graph().node("out", "Output").doc());
        expect(a, ProblemCode.NO_INPUT, null);
    }

    @Test
    void duplicateId() {
        Analysis a = analyze(G.graph().node("in", "Input").node("d", "Dense").node("d", "Dense")
                .node("out", "Output").chain("in", "d", "out").doc());
        expect(a, ProblemCode.DUPLICATE_ID, "d");
    }

    @Test
    void unknownTypeSuggestsTheClosestName() {
        Analysis a = analyze(G.graph().node("in", "Input").node("d", "Dence").node("out", "Output")
                .chain("in", "d", "out").doc());
        expect(a, ProblemCode.UNKNOWN_TYPE, "d");
        assertThat(a.problemsFor("d").get(0).message()).contains("Did you mean Dense?");
    }

    @Test
    void badParamNegativeUnits() {
        Analysis a = analyze(G.graph().node("in", "Input").node("d", "Dense", "units", -3).node("out", "Output")
                .chain("in", "d", "out").doc());
        expect(a, ProblemCode.BAD_PARAM, "d");
        assertThat(a.problemsFor("d").get(0).message()).contains("units").contains("-3");
        assertThat(a.shapeOf("d")).isNull();
        assertThat(a.shapeOf("out")).isNull();
        assertThat(a.shapeOf("in")).isNotNull();
    }

    @Test
    void badParamWrongKindAndUnknownName() {
        Analysis a = analyze(G.graph().node("in", "Input", "size", "four").node("d", "Dense", "colour", "red")
                .node("out", "Output").chain("in", "d", "out").doc());
        expect(a, ProblemCode.BAD_PARAM, "in");
        expect(a, ProblemCode.BAD_PARAM, "d");
        assertThat(a.problemsFor("d").get(0).message()).contains("colour");
    }

    @Test
    void badParamEnumValue() {
        Analysis a = analyze(G.graph().node("in", "Input").node("d", "Dense", "activation", "rectified")
                .node("out", "Output").chain("in", "d", "out").doc());
        expect(a, ProblemCode.BAD_PARAM, "d");
        assertThat(a.problemsFor("d").get(0).message()).contains("relu");
    }

    @Test
    void lossActivationMismatch() {
        Analysis a = analyze(G.graph().node("in", "Input")
                .node("out", "Output", "activation", "sigmoid", "loss", "mcxent").chain("in", "out").doc());
        expect(a, ProblemCode.BAD_PARAM, "out");
        assertThat(a.problemsFor("out").get(0).message()).contains("softmax");
    }

    @Test
    void lossProblemIsReportedEvenWhenTheInputIsBroken() {
        Analysis a = analyze(G.graph().node("in", "Input").node("d", "Dense", "units", -1)
                .node("out", "Output", "units", 3, "activation", "identity", "loss", "xent").chain("in", "d", "out").doc());
        expect(a, ProblemCode.BAD_PARAM, "d");
        expect(a, ProblemCode.BAD_PARAM, "out");
        assertThat(a.problemsFor("out").get(0).message()).contains("sigmoid");
    }

    @Test
    void denseWithTwoInputs() {
        Analysis a = analyze(G.graph().node("a", "Input").node("b", "Input").node("d", "Dense")
                .node("out", "Output").edge("a", "d", 0).edge("b", "d", 1).chain("d", "out").doc());
        expect(a, ProblemCode.ARITY, "d");
    }

    @Test
    void edgeIntoInput() {
        Analysis a = analyze(G.graph().node("a", "Input").node("b", "Input").node("out", "Output")
                .edge("a", "b").chain("b", "out").doc());
        expect(a, ProblemCode.ARITY, "b");
    }

    @Test
    void twoEdgesIntoOnePort() {
        Analysis a = analyze(G.graph().node("a", "Input").node("b", "Input").node("out", "Output")
                .edge("a", "out").edge("b", "out").doc());
        expect(a, ProblemCode.ARITY, "out");
    }

    @Test
    void edgeToMissingNode() {
        Analysis a = analyze(G.graph().node("in", "Input").node("out", "Output").chain("in", "out")
                .edge("in", "ghost").doc());
        assertThat(a.problems()).anySatisfy(p -> {
            assertThat(p.code()).isEqualTo(ProblemCode.UNKNOWN_NODE);
            assertThat(p.edgeId()).isEqualTo("e2");
            assertThat(p.message()).contains("ghost");
        });
    }

    @Test
    void nodeNotLeadingToAnOutput() {
        Analysis a = analyze(G.graph().node("in", "Input").node("side", "Dense").node("out", "Output")
                .chain("in", "out").edge("in", "side").doc());
        expect(a, ProblemCode.UNREACHABLE, "side");
    }

    @Test
    void nodeNotFedByAnyInput() {
        Analysis a = analyze(G.graph().node("in", "Input").node("orphan", "Dense").node("after", "Dense")
                .node("out", "Output").chain("in", "out").chain("orphan", "after").doc());
        expect(a, ProblemCode.DANGLING_INPUT, "orphan");
    }

    @Test
    void hugeDenseIsTooLargeWithoutAllocation() {
        long start = System.nanoTime();
        Analysis a = analyze(G.graph().node("in", "Input", "size", 1000)
                .node("d", "Dense", "units", 1_000_000_000).node("out", "Output").chain("in", "d", "out").doc());
        expect(a, ProblemCode.TOO_LARGE, "d");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(1.0);
    }

    @Test
    void badTrainingSettings() {
        Analysis a = analyze(G.graph().node("in", "Input").node("out", "Output").chain("in", "out")
                .training(TrainingSettings.defaults().withLearningRate(-1).withOptimizer("magic")).doc());
        assertThat(a.problems()).filteredOn(p -> p.code() == ProblemCode.BAD_TRAINING).hasSize(2);
    }

    @Test
    void absurdGanSettings() {
        Analysis a = analyze(G.graph().node("in", "Input").node("out", "Output").chain("in", "out")
                .training(TrainingSettings.defaults().withBeta1(1.0).withDiscriminatorLearningRate(0.0)).doc());
        assertThat(a.problems()).filteredOn(p -> p.code() == ProblemCode.BAD_TRAINING)
                .extracting(Problem::message)
                .anySatisfy(m -> assertThat(m).contains("beta1 1.0").contains("0.5"))
                .anySatisfy(m -> assertThat(m).contains("Discriminator learning rate 0.0"));
    }

    @Test
    void everyProblemIsReportedAtOnce() {
        Analysis a = analyze(G.graph().node("in", "Input", "size", 0).node("x", "Nope")
                .node("d", "Dense", "units", 0).node("out", "Output").chain("in", "x", "d", "out").doc());
        expect(a, ProblemCode.BAD_PARAM, "in");
        expect(a, ProblemCode.UNKNOWN_TYPE, "x");
        expect(a, ProblemCode.BAD_PARAM, "d");
    }

    @Test
    void emptyGraphNeverThrows() {
        Analysis a = analyze(G.graph().doc());
        expect(a, ProblemCode.NO_INPUT, null);
        expect(a, ProblemCode.NO_OUTPUT, null);
    }
}
