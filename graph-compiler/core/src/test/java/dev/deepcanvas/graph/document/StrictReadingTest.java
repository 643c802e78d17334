package dev.deepcanvas.graph.document;

import org.junit.jupiter.api.Test;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Reading is as strict as docs/graph-format.md says (issue 20, defects 4 and 6): nothing is converted, a file that is
 * not a graph is told so, and every refusal names the place in the user's terms.
 */
class StrictReadingTest {

    private static final String EDGE = "{\"id\":\"e1\",\"source\":\"in\",\"target\":\"out\",\"targetPort\":PORT}";
    private static final String DOC = "{\"format\":\"deepcanvas-graph\",\"version\":VERSION,\"nodes\":["
            + "{\"id\":\"in\",\"type\":\"Input\",\"params\":{\"size\":4}},"
            + "{\"id\":\"out\",\"type\":\"Output\",\"params\":{\"units\":3}}],\"edges\":[EDGE]TRAINING}";

    private static String doc(String version, String port, String training) {
        return DOC.replace("VERSION", version).replace("EDGE", EDGE.replace("PORT", port))
                .replace("TRAINING", training.isEmpty() ? "" : ",\"training\":" + training);
    }

    private static String refusal(String json) {
        try {
            GraphJson.parse(json);
        } catch (GraphFormatException e) {
            return e.getMessage();
        }
        throw new AssertionError("accepted: " + json);
    }

    @Test
    void theUntouchedDocumentIsRead() throws Exception {
        assertThat(GraphJson.parse(doc("1", "0", "{\"seed\":4,\"learningRate\":1}")).training().learningRate())
                .isEqualTo(1.0);
    }

    @Test
    void aVersionMustBeAWholeNumber() {
        assertThat(refusal(doc("1.5", "0", ""))).isEqualTo("\"version\" must be a whole number such as 1, not 1.5.");
        assertThat(refusal(doc("\"1\"", "0", ""))).isEqualTo("\"version\" must be a whole number such as 1, not "
                + "the text \"1\".");
        assertThat(refusal(doc("1.0", "0", ""))).contains("not 1.0");
    }

    @Test
    void aTargetPortIsNeverRoundedOrParsed() {
        assertThat(refusal(doc("1", "1.9", ""))).startsWith("edges[0].targetPort must be a whole number, not 1.9");
        assertThat(refusal(doc("1", "\"0\"", ""))).startsWith("edges[0].targetPort must be a whole number, not the "
                + "text \"0\"");
        assertThat(refusal(doc("1", "99999999999", ""))).startsWith("edges[0].targetPort is 99999999999")
                .contains("too large");
    }

    @Test
    void trainingSettingsKeepTheirKinds() {
        assertThat(refusal(doc("1", "0", "{\"seed\":4.2}"))).startsWith("training.seed must be a whole number, "
                + "not 4.2");
        assertThat(refusal(doc("1", "0", "{\"learningRate\":\"0.01\"}"))).startsWith("training.learningRate must "
                + "be a number, not the text \"0.01\"");
        assertThat(refusal(doc("1", "0", "{\"optimizer\":5}"))).startsWith("training.optimizer must be a text");
        assertThat(refusal(doc("1", "0", "{\"epochs\":true}"))).startsWith("training.epochs must be a whole number, "
                + "not true");
    }

    @Test
    void idsAndNamesAreTexts() {
        assertThat(refusal(doc("1", "0", "").replace("\"id\":\"in\"", "\"id\":5")))
                .startsWith("nodes[0].id must be a text (in double quotes), not 5");
        assertThat(refusal(doc("1", "0", "").replace("{\"format\"", "{\"name\":false,\"format\"")))
                .startsWith("name must be a text");
    }

    @Test
    void somethingElseIsNotADeepCanvasGraph() {
        assertThat(refusal("{}")).isEqualTo("This is not a DeepCanvas graph: the \"format\" field is missing "
                + "(expected \"deepcanvas-graph\").");
        assertThat(refusal("[1, 2]")).startsWith("This is not a DeepCanvas graph: a graph document is a JSON object");
        assertThat(refusal("{\"class_name\":\"Sequential\",\"config\":{}}")).startsWith("This is not a DeepCanvas "
                + "graph: the \"format\" field is missing");
        assertThat(refusal("{\"format\":7}")).isEqualTo("This is not a DeepCanvas graph: \"format\" is 7, expected "
                + "\"deepcanvas-graph\".");
    }

    @Test
    void aMissingVersionIsNamed() {
        assertThat(refusal("{\"format\":\"deepcanvas-graph\",\"nodes\":[]}")).isEqualTo("The graph document has no "
                + "\"version\". A DeepCanvas graph says which version of the format it uses: add \"version\": 1.");
    }

    @Test
    void nanIsNotJsonAndTheMessageSaysSoWithoutParserAdvice() {
        String m = refusal(doc("1", "0", "").replace("\"size\":4", "\"size\":NaN"));
        assertThat(m).contains("NaN and Infinity are not numbers in JSON").contains("nodes[0].params.size")
                .doesNotContain("JsonReadFeature").doesNotContain("enable");
    }

    @Test
    void anUnknownTopLevelFieldIsPlacedAtTheTop() {
        String m = refusal(doc("1", "0", "").replace("{\"format\"", "{\"extraTop\":1,\"format\""));
        assertThat(m).startsWith("Unknown field \"extraTop\" at the top level of the document").doesNotContain(
                "in extraTop");
    }

    @Test
    void entriesOfNodesAndEdgesMustBeObjects() {
        assertThat(refusal(doc("1", "0", "").replace("\"edges\":[", "\"edges\":[null,")))
                .startsWith("edges[0] is null; every edge must be an object such as {\"id\": \"e1\"");
        assertThat(refusal(doc("1", "0", "").replace("\"nodes\":[", "\"nodes\":[7,")))
                .startsWith("nodes[0] is 7; every node must be an object");
    }

    @Test
    void aLineBreakInAQuotedValueIsEscaped() {
        assertThat(refusal("{\"format\":\"deepcanvas-graph\\n\"}")).contains("\"deepcanvas-graph\\n\"")
                .doesNotContain("\n");
    }

    @Test
    void aByteOrderMarkIsRead() throws Exception {
        byte[] utf8 = doc("1", "0", "").getBytes(StandardCharsets.UTF_8);
        byte[] withMark = new byte[utf8.length + 3];
        withMark[0] = (byte) 0xEF;
        withMark[1] = (byte) 0xBB;
        withMark[2] = (byte) 0xBF;
        System.arraycopy(utf8, 0, withMark, 3, utf8.length);
        assertThat(GraphJson.parse(withMark, "g.json").nodes()).hasSize(2);
    }

    @Test
    void utf16IsReadWithOrWithoutAMark() throws Exception {
        String text = doc("1", "0", "").replace("\"in\"", "\"éingang\"");
        for (Charset cs : new Charset[] {StandardCharsets.UTF_16, StandardCharsets.UTF_16LE,
                StandardCharsets.UTF_16BE}) {
            assertThat(GraphJson.parse(text.getBytes(cs), "g.json").node("éingang")).as(cs.name()).isPresent();
        }
    }

    @Test
    void invalidUtf8IsRefusedWithItsPlace() {
        byte[] bytes = "{\"format\":\"deepcanvas-graph\",\n\"name\":\"ab\"}".getBytes(StandardCharsets.UTF_8);
        bytes[38] = (byte) 0xFF;
        try {
            GraphJson.parse(bytes, "g.json");
            throw new AssertionError("accepted");
        } catch (GraphFormatException e) {
            assertThat(e.getMessage()).isEqualTo("g.json is not valid UTF-8: the byte 0xff at line 2, column 9 is "
                    + "not part of any character. Save the file as UTF-8 (most editors offer it under \"Save as\" "
                    + "or \"Encoding\") and try again.");
        }
    }

    @Test
    void utf32IsRefusedByName() {
        assertThatThrownBy(() -> GraphJson.parse(doc("1", "0", "").getBytes(Charset.forName("UTF-32")), "g.json"))
                .isInstanceOf(GraphFormatException.class).hasMessageStartingWith("g.json is encoded as UTF-32");
    }
}
