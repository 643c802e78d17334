package dev.deepcanvas.graph.cli;

import dev.deepcanvas.graph.document.GraphJson;
import dev.deepcanvas.graph.testing.CliRun;
import dev.deepcanvas.graph.testing.G;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What the command line says about the file it is given (issue 20, defect 6), in one line on standard error. */
class GraphInputTest {

    @TempDir
    Path dir;

    private CliRun validate(String path) {
        return CliRun.of(GraphCli.coreCommands(), "", "validate", path);
    }

    @Test
    void aFolderIsCalledAFolder() {
        CliRun run = validate(dir.toString());
        assertThat(run.code()).isEqualTo(GraphCli.UNREADABLE);
        assertThat(run.err()).isEqualTo("Cannot read the input: " + dir + " is a folder, not a graph file. Give the "
                + "path of a .json file in it." + System.lineSeparator());
    }

    @Test
    void aMissingFileSaysWhereItWasLookedFor() {
        CliRun run = validate(dir.resolve("nope.json").toString());
        assertThat(run.code()).isEqualTo(GraphCli.UNREADABLE);
        assertThat(run.err()).startsWith("Cannot read the input: no such file: ").contains("relative to the "
                + "current folder");
    }

    @Test
    void aFileWithAByteOrderMarkValidates() throws Exception {
        Path f = dir.resolve("bom.json");
        byte[] json = GraphJson.write(G.skeleton()).getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[json.length + 3];
        bytes[0] = (byte) 0xEF;
        bytes[1] = (byte) 0xBB;
        bytes[2] = (byte) 0xBF;
        System.arraycopy(json, 0, bytes, 3, json.length);
        Files.write(f, bytes);
        assertThat(validate(f.toString()).code()).isEqualTo(GraphCli.OK);
    }

    @Test
    void aUtf16FileKeepsItsCharactersInMessages() throws Exception {
        Path f = dir.resolve("utf16.json");
        Files.writeString(f, GraphJson.write(G.skeleton()).replace("\"Dense\"", "\"Dänse\""), StandardCharsets.UTF_16);
        CliRun run = validate(f.toString());
        assertThat(run.code()).isEqualTo(GraphCli.INVALID_GRAPH);
        assertThat(run.out()).contains("Unknown node type \\\"Dänse\\\"").doesNotContain("\uFFFD");
    }

    @Test
    void invalidUtf8IsRefusedNotReplaced() throws Exception {
        Path f = dir.resolve("bad.json");
        byte[] bytes = GraphJson.write(G.skeleton()).replace("\"Dense\"", "\"D?nse\"")
                .getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '?') {
                bytes[i] = (byte) 0xE4; // Latin-1's ä
            }
        }
        Files.write(f, bytes);
        CliRun run = validate(f.toString());
        assertThat(run.code()).isEqualTo(GraphCli.UNREADABLE);
        assertThat(run.err()).startsWith("Cannot read the graph: " + f + " is not valid UTF-8: the byte 0xe4 at line ");
    }

    @Test
    void standardInputIsNamedAsSuch() {
        CliRun run = CliRun.of(GraphCli.coreCommands(), new byte[] {'{', (byte) 0xFF, '}'}, "validate", "-");
        assertThat(run.err()).startsWith("Cannot read the graph: Standard input is not valid UTF-8");
    }

    @Test
    void aDisconnectedGraphValidatesWithAWarning() throws Exception {
        String json = GraphJson.write(G.graph().node("a", "Input").node("ao", "Output").node("b", "Input")
                .node("bo", "Output").chain("a", "ao").chain("b", "bo").doc());
        CliRun validate = CliRun.of(GraphCli.coreCommands(), json, "validate", "-");
        assertThat(validate.code()).isEqualTo(GraphCli.OK);
        assertThat(validate.out()).contains("\"warnings\"").contains("DISCONNECTED")
                .contains("{a, ao}; {b, bo}");
        CliRun summary = CliRun.of(GraphCli.coreCommands(), json, "summary", "-");
        assertThat(summary.out()).contains("warning (DISCONNECTED): The graph is 2 separate networks");
    }

    @Test
    void controlCharactersInIdsDoNotBreakTheSummaryTable() {
        String json = GraphJson.write(G.graph().node("in\nput", "Input").node("out", "Output")
                .chain("in\nput", "out").doc());
        CliRun run = CliRun.of(GraphCli.coreCommands(), json, "summary", "-");
        assertThat(run.out()).contains("in\\nput  Input");
    }
}
