package dev.deepcanvas.graph.document;

import dev.deepcanvas.graph.testing.G;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GraphJsonTest {

    private static final String MINIMAL = """
            {"format":"deepcanvas-graph","version":1,"name":"m","nodes":[
              {"id":"in","type":"Input","params":{"size":4}}],"edges":[]}""";

    @Test
    void roundTripKeepsEverything() throws Exception {
        GraphDocument doc = G.graph().group("generator")
                .node("in", "Input", "size", 4)
                .group(null)
                .node("out", "Output", "units", 3, "activation", "softmax", "loss", "mcxent")
                .edge("in", "out")
                .training(TrainingSettings.defaults().withOptimizer("sgd").withLearningRate(0.5).withSeed(7))
                .doc();
        String json = GraphJson.write(doc);
        GraphDocument back = GraphJson.parse(json);
        assertThat(back).isEqualTo(doc);
        assertThat(GraphJson.write(back)).isEqualTo(json);
    }

    @Test
    void writesStableFieldOrder() {
        String json = GraphJson.write(G.skeleton());
        assertThat(json.indexOf("\"format\"")).isLessThan(json.indexOf("\"version\""));
        assertThat(json.indexOf("\"version\"")).isLessThan(json.indexOf("\"nodes\""));
        assertThat(json.indexOf("\"nodes\"")).isLessThan(json.indexOf("\"edges\""));
        assertThat(json.indexOf("\"edges\"")).isLessThan(json.indexOf("\"training\""));
        // Parameters are sorted by name so that saving twice produces identical files.
        assertThat(json.indexOf("\"activation\"")).isLessThan(json.indexOf("\"units\""));
        assertThat(json).contains("\n");
        assertThat(json).doesNotContain("\"group\"");
    }

    @Test
    void missingOptionalPartsTakeDefaults() throws Exception {
        GraphDocument doc = GraphJson.parse(MINIMAL);
        assertThat(doc.training()).isEqualTo(TrainingSettings.defaults());
        assertThat(doc.description()).isEmpty();
        assertThat(doc.node("in")).isPresent();
        assertThat(doc.node("in").get().position()).isEqualTo(new Position(0, 0));
    }

    @Test
    void partialTrainingTakesDefaultsForTheRest() throws Exception {
        GraphDocument doc = GraphJson.parse(MINIMAL.replace("\"edges\":[]", "\"edges\":[],\"training\":{\"epochs\":3}"));
        assertThat(doc.training()).isEqualTo(TrainingSettings.defaults().withEpochs(3));
    }

    @Test
    void ganSettingsAreWrittenOnlyWhenSet() throws Exception {
        assertThat(GraphJson.write(G.skeleton())).doesNotContain("beta1").doesNotContain("discriminatorLearningRate");
        GraphDocument doc = G.skeleton().withTraining(TrainingSettings.defaults().withBeta1(0.5)
                .withDiscriminatorLearningRate(0.0004));
        String json = GraphJson.write(doc);
        assertThat(json).contains("\"beta1\" : 0.5").contains("\"discriminatorLearningRate\" : 4.0E-4");
        assertThat(GraphJson.parse(json).training()).isEqualTo(doc.training());
    }

    @Test
    void documentsWithoutGanSettingsUseTheSharedLearningRateAndAdamsDefault() throws Exception {
        TrainingSettings t = GraphJson.parse(MINIMAL.replace("\"edges\":[]",
                "\"edges\":[],\"training\":{\"learningRate\":0.002}")).training();
        assertThat(t.beta1()).isNull();
        assertThat(t.effectiveBeta1()).isEqualTo(0.9);
        assertThat(t.effectiveDiscriminatorLearningRate()).isEqualTo(0.002);
    }

    @Test
    void malformedJsonNamesTheLocation() {
        assertThatThrownBy(() -> GraphJson.parse("{\"format\": \"deepcanvas-graph\", \"version\": 1,,}"))
                .isInstanceOf(GraphFormatException.class)
                .hasMessageContaining("not valid JSON")
                .hasMessageContaining("line 1");
    }

    @Test
    void newerVersionIsRefused() {
        assertThatThrownBy(() -> GraphJson.parse(MINIMAL.replace("\"version\":1", "\"version\":2")))
                .isInstanceOf(GraphFormatException.class)
                .hasMessageContaining("newer DeepCanvas")
                .hasMessageContaining("version 2");
    }

    @Test
    void missingVersionIsRefused() {
        assertThatThrownBy(() -> GraphJson.parse(MINIMAL.replace("\"version\":1,", "")))
                .isInstanceOf(GraphFormatException.class)
                .hasMessageContaining("version");
    }

    @Test
    void otherFormatIsRefused() {
        assertThatThrownBy(() -> GraphJson.parse(MINIMAL.replace("deepcanvas-graph", "keras")))
                .isInstanceOf(GraphFormatException.class)
                .hasMessageContaining("not a DeepCanvas graph")
                .hasMessageContaining("keras");
        assertThatThrownBy(() -> GraphJson.parse("{\"version\":1}"))
                .isInstanceOf(GraphFormatException.class)
                .hasMessageContaining("\"format\" field is missing");
    }

    @Test
    void unknownFieldIsRefusedWithItsName() {
        assertThatThrownBy(() -> GraphJson.parse(MINIMAL.replace("\"type\":\"Input\"", "\"type\":\"Input\",\"colour\":\"red\"")))
                .isInstanceOf(GraphFormatException.class)
                .hasMessageContaining("Unknown field \"colour\"")
                .hasMessageContaining("nodes[0]");
    }

    @Test
    void wrongValueKindIsRefused() {
        assertThatThrownBy(() -> GraphJson.parse(MINIMAL.replace("\"version\":1", "\"version\":\"one\"")))
                .isInstanceOf(GraphFormatException.class)
                .hasMessageContaining("version");
    }

    @Test
    void duplicateKeysAreRefused() {
        assertThatThrownBy(() -> GraphJson.parse(MINIMAL.replace("\"name\":\"m\"", "\"name\":\"m\",\"name\":\"n\"")))
                .isInstanceOf(GraphFormatException.class)
                .hasMessageContaining("name");
    }

    @Test
    void overlongIdsAreRefused() {
        assertThatThrownBy(() -> GraphJson.parse(MINIMAL.replace("\"id\":\"in\"", "\"id\":\"" + "x".repeat(5000) + "\"")))
                .isInstanceOf(GraphFormatException.class)
                .hasMessageContaining("nodes[0].id is 5000 characters long");
    }

    @Test
    void emptyAndNullDocumentsAreRefused() {
        assertThatThrownBy(() -> GraphJson.parse("  ")).isInstanceOf(GraphFormatException.class)
                .hasMessageContaining("empty");
        assertThatThrownBy(() -> GraphJson.parse("null")).isInstanceOf(GraphFormatException.class)
                .hasMessageContaining("empty");
    }

    @Test
    void oversizeDocumentIsRefusedQuickly() {
        String huge = "{\"format\":\"deepcanvas-graph\",\"version\":1,\"name\":\"" + "x".repeat(50_000_000) + "\"}";
        long start = System.nanoTime();
        assertThatThrownBy(() -> GraphJson.parse(huge)).isInstanceOf(GraphFormatException.class)
                .hasMessageContaining("too large");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(1.0);
    }

    @Test
    void deepNestingIsRefusedQuickly() {
        String deep = "{\"format\":\"deepcanvas-graph\",\"version\":1,\"nodes\":[{\"id\":\"a\",\"type\":\"Input\","
                + "\"params\":{\"size\":" + "[".repeat(10_000) + "]".repeat(10_000) + "}}]}";
        long start = System.nanoTime();
        assertThatThrownBy(() -> GraphJson.parse(deep)).isInstanceOf(GraphFormatException.class)
                .hasMessageContaining("nested");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(1.0);
    }

    @Test
    void tooManyNodesAreRefused() {
        StringBuilder sb = new StringBuilder("{\"format\":\"deepcanvas-graph\",\"version\":1,\"nodes\":[");
        for (int i = 0; i < 100_000; i++) {
            sb.append(i == 0 ? "" : ",").append("{\"id\":\"n").append(i).append("\",\"type\":\"Dense\"}");
        }
        sb.append("]}");
        long start = System.nanoTime();
        assertThatThrownBy(() -> GraphJson.parse(sb.toString())).isInstanceOf(GraphFormatException.class)
                .hasMessageContaining("more than 20000 nodes");
        assertThat((System.nanoTime() - start) / 1e9).isLessThan(2.0);
    }
}
