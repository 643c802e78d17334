package dev.deepcanvas.graph.analysis;

import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.testing.G;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Compute is bounded like parameters (issue 20, defect 2): a GRU over a million steps validated and never finished a
 * training step. Multiply-adds, recurrent steps and the memory layers keep for their backward pass are estimated and
 * capped, with the node and the figure in the message.
 */
class ComputeLimitsTest {

    private final GraphAnalyzer analyzer = new GraphAnalyzer();

    private static GraphDocument recurrent(String type, int length, boolean returnSequences) {
        return G.graph().node("in", "SequenceInput", "length", length, "features", 8)
                .node("g", type, "units", 32, "returnSequences", returnSequences)
                .node("o", returnSequences ? "RnnOutput" : "Output", "units", 2).chain("in", "g", "o").doc();
    }

    private List<Problem> tooLarge(GraphDocument doc) {
        return analyzer.analyze(doc).problems().stream().filter(p -> p.code() == ProblemCode.TOO_LARGE).toList();
    }

    @Test
    void aGruOverAMillionStepsIsRefusedOnTheNode() {
        List<Problem> problems = tooLarge(recurrent("GRU", 1_000_000, false));
        assertThat(problems).isNotEmpty();
        assertThat(problems.get(0).nodeId()).isEqualTo("g");
        assertThat(problems.get(0).message()).contains("GRU g takes sequences of at most 500 time steps")
                .contains("1000000×8").contains("use LSTM");
    }

    @Test
    void aGruTakesFiveHundredStepsAndNoMore() {
        assertThat(analyzer.analyze(recurrent("GRU", 500, false)).problems()).isEmpty();
        assertThat(tooLarge(recurrent("GRU", 501, false))).singleElement()
                .satisfies(p -> assertThat(p.nodeId()).isEqualTo("g"));
    }

    @Test
    void recurrentAttentionTakesTwoHundredSteps() {
        GraphDocument ok = G.graph().node("in", "SequenceInput", "length", 200, "features", 4)
                .node("ra", "RecurrentAttention").node("o", "RnnOutput").chain("in", "ra", "o").doc();
        assertThat(analyzer.analyze(ok).problems()).isEmpty();
        GraphDocument tooLong = G.graph().node("in", "SequenceInput", "length", 201, "features", 4)
                .node("ra", "RecurrentAttention").node("o", "RnnOutput").chain("in", "ra", "o").doc();
        assertThat(tooLarge(tooLong)).singleElement().satisfies(p -> assertThat(p.message())
                .contains("RecurrentAttention ra takes sequences of at most 200 time steps"));
    }

    @Test
    void anLstmOverAMillionStepsIsRefusedForItsStepsAndItsMultiplyAdds() {
        List<Problem> problems = tooLarge(recurrent("LSTM", 1_000_000, false));
        assertThat(problems).extracting(Problem::nodeId).contains("g");
        assertThat(problems).anySatisfy(p -> assertThat(p.message())
                .contains("LSTM g would step through 1,000,000 time steps one after another")
                .contains("the limit is 10,000"));
        assertThat(problems).anySatisfy(p -> assertThat(p.message())
                .contains("LSTM g would need about 5.1 billion multiply-adds for each sample"));
    }

    @Test
    void aBidirectionalLayerStepsThroughItsSequenceTwice() {
        GraphDocument doc = G.graph().node("in", "SequenceInput", "length", 6000, "features", 2)
                .node("b", "Bidirectional", "units", 2, "returnSequences", false).node("o", "Output")
                .chain("in", "b", "o").doc();
        assertThat(tooLarge(doc)).singleElement().satisfies(p -> assertThat(p.message())
                .contains("12,000 time steps"));
    }

    @Test
    void multiplyAddsOfOneNodeAreCappedNamingTheFigure() {
        GraphDocument doc = G.graph().node("img", "ImageInput", "height", 512, "width", 512, "channels", 64)
                .node("c", "Conv2D", "filters", 256, "kernel", List.of(3, 3), "padding", "same")
                .node("gap", "GlobalAvgPool").node("o", "Output").chain("img", "c", "gap", "o")
                .training(dev.deepcanvas.graph.document.TrainingSettings.defaults().withBatchSize(1)).doc();
        Problem p = tooLarge(doc).get(0);
        assertThat(p.nodeId()).isEqualTo("c");
        assertThat(p.message()).contains("Conv2D c would need about 38.7 billion multiply-adds for each sample; "
                + "the limit is 2.0 billion");
    }

    @Test
    void multiplyAddsOfTheWholeGraphNameTheLargestParts() {
        G g = G.graph().node("in", "Input", "size", 20_000);
        String previous = "in";
        for (int i = 0; i < 8; i++) {
            g.node("d" + i, "Dense", "units", 20_000 - i);
            g.edge(previous, "d" + i);
            previous = "d" + i;
        }
        GraphDocument doc = g.node("o", "Output").edge(previous, "o").doc();
        AnalysisLimits limits = new AnalysisLimits(20_000, Long.MAX_VALUE, Long.MAX_VALUE, 2_000_000_000L, 10_000);
        List<Problem> problems = new GraphAnalyzer(limits).analyze(doc).problems();
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.nodeId()).isNull();
            assertThat(p.message()).contains("The model would need about 3.2 billion multiply-adds for each sample")
                    .contains("The largest parts are d0 (Dense, 400.0 million) and d1 (Dense, 400.0 million)");
        });
    }

    @Test
    void attentionOverALongSequenceCountsItsWeightsAsMemory() {
        // Its output is small (5000 × 8); its attention weights are 5000 × 5000 per head and sample.
        GraphDocument doc = G.graph().node("in", "SequenceInput", "length", 5000, "features", 8)
                .node("att", "SelfAttention", "units", 8, "heads", 2, "headSize", 1).node("o", "RnnOutput")
                .chain("in", "att", "o").doc();
        Analysis a = analyzer.analyze(doc);
        assertThat(a.activationBytes()).isGreaterThan(2L * 5000 * 5000 * 4);
        assertThat(a.problems()).singleElement().satisfies(p -> assertThat(p.message())
                .contains("One batch would need about 3.0 GB").contains("Lower the batch size")
                .contains("Most of it is held by att (SelfAttention, 190.9 MB per sample)"));
    }

    @Test
    void theComputeCapsAreConfigurable() {
        AnalysisLimits tight = new AnalysisLimits(20_000, 50_000_000L, 1L << 31, 1000, 5);
        List<Problem> problems = new GraphAnalyzer(tight).analyze(recurrent("LSTM", 6, true)).problems();
        assertThat(problems).extracting(Problem::nodeId).contains("g");
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("the limit is 1000"));
        assertThat(problems).anySatisfy(p -> assertThat(p.message()).contains("the limit is 5."));
    }

    @Test
    void theDefaultsAndTheThreeFigureConstructorAgree() {
        AnalysisLimits d = AnalysisLimits.defaults();
        assertThat(d.maxMultiplyAdds()).isEqualTo(2_000_000_000L);
        assertThat(d.maxRecurrentSteps()).isEqualTo(10_000L);
        assertThat(new AnalysisLimits(1, 2, 3)).isEqualTo(new AnalysisLimits(1, 2, 3,
                AnalysisLimits.DEFAULT_MAX_MULTIPLY_ADDS, AnalysisLimits.DEFAULT_MAX_RECURRENT_STEPS));
        assertThat(d.within(1L << 30).maxMultiplyAdds()).isEqualTo(d.maxMultiplyAdds());
    }
}
