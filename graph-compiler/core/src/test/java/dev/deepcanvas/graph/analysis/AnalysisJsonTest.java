package dev.deepcanvas.graph.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import dev.deepcanvas.graph.document.GraphJson;
import dev.deepcanvas.graph.testing.G;
import dev.deepcanvas.graph.testing.Samples;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The analysis is what the browser paints: it must serialise to plain JSON (shapes with their text). */
class AnalysisJsonTest {

    @Test
    void serialisesShapesStatisticsAndProblems() throws Exception {
        Analysis a = new GraphAnalyzer().analyze(Samples.lenet());
        JsonNode json = GraphJson.mapper().readTree(GraphJson.mapper().writeValueAsString(a));
        assertThat(json.get("totalParams").asLong()).isEqualTo(431_080);
        JsonNode c1 = json.get("nodes").get("c1");
        assertThat(c1.get("outputShape").get("text").asText()).isEqualTo("24×24×20");
        assertThat(c1.get("outputShape").get("kind").asText()).isEqualTo("IMAGE");
        assertThat(c1.get("params").asLong()).isEqualTo(520);
        assertThat(json.get("valid").asBoolean()).isTrue();

        Analysis broken = new GraphAnalyzer().analyze(G.graph().node("in", "Input").node("d", "Dense", "units", 0)
                .node("out", "Output").chain("in", "d", "out").doc());
        JsonNode problems = GraphJson.mapper().readTree(GraphJson.mapper().writeValueAsString(broken)).get("problems");
        assertThat(problems.get(0).get("code").asText()).isEqualTo("BAD_PARAM");
        assertThat(problems.get(0).get("nodeId").asText()).isEqualTo("d");
    }

    @Test
    void limitsFollowTheNativeMemoryBudget() {
        AnalysisLimits l = AnalysisLimits.forNativeMemory(4L << 30);
        assertThat(l.maxParams()).isEqualTo((2L << 30) / AnalysisLimits.BYTES_PER_PARAM);
        assertThat(l.maxActivationBytes()).isEqualTo(1L << 30);
        AnalysisLimits defaults = AnalysisLimits.defaults();
        assertThat(defaults.within(1L << 30).maxParams())
                .isEqualTo(AnalysisLimits.forNativeMemory(1L << 30).maxParams());
        assertThat(defaults.within(1L << 40)).as("never looser than the defaults").isEqualTo(defaults);
        assertThat(defaults.within(0)).isEqualTo(defaults);
        Analysis small = new GraphAnalyzer(AnalysisLimits.forNativeMemory(1L << 20)).analyze(Samples.lenet());
        assertThat(small.problems()).anySatisfy(p -> assertThat(p.code()).isEqualTo(ProblemCode.TOO_LARGE));
    }
}
