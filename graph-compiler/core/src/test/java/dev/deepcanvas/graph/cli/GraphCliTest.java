package dev.deepcanvas.graph.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deepcanvas.graph.analysis.Problem;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphJson;
import dev.deepcanvas.graph.testing.CliRun;
import dev.deepcanvas.graph.testing.G;
import dev.deepcanvas.graph.testing.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GraphCliTest {

    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(String stdin, String... args) {
        CliRun run = CliRun.of(GraphCli.coreCommands(), stdin, args);
        out = run.out();
        err = run.err();
        return run.code();
    }

    private Path file(String name, String content) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, content);
        return p;
    }

    @Test
    void validateAcceptsAGoodGraph() throws Exception {
        Path f = file("iris.json", GraphJson.write(G.skeleton()));
        assertThat(run("", "validate", f.toString())).isEqualTo(0);
        assertThat(new ObjectMapper().readTree(out).get("valid").asBoolean()).isTrue();
        assertThat(err).isEmpty();
    }

    @Test
    void validateReportsProblemsAsJsonWithExitOne() throws Exception {
        String broken = GraphJson.write(G.graph().node("in", "Input").node("d", "Dense", "units", -1)
                .node("out", "Output").chain("in", "d", "out").doc());
        assertThat(run(broken, "validate", "-")).isEqualTo(1);
        JsonNode json = new ObjectMapper().readTree(out);
        assertThat(json.get("valid").asBoolean()).isFalse();
        assertThat(json.get("problems").get(0).get("code").asText()).isEqualTo("BAD_PARAM");
        assertThat(json.get("problems").get(0).get("nodeId").asText()).isEqualTo("d");
        assertThat(json.get("problems").get(0).get("message").asText()).contains("units");
    }

    @Test
    void unreadableInputExitsTwoWithAMessage() throws Exception {
        assertThat(run("{not json", "validate", "-")).isEqualTo(2);
        assertThat(err).contains("not valid JSON").doesNotContain("\tat ");
        assertThat(run("", "validate", dir.resolve("missing.json").toString())).isEqualTo(2);
        assertThat(err).contains("no such file");
        Path newer = file("newer.json", GraphJson.write(G.skeleton()).replace("\"version\" : 1", "\"version\" : 7"));
        assertThat(run("", "summary", newer.toString())).isEqualTo(2);
        assertThat(err).contains("newer DeepCanvas");
    }

    @Test
    void badUsageExitsTwo() {
        assertThat(run("", new String[0])).isEqualTo(2);
        assertThat(err).contains("Usage");
        assertThat(run("", "explode", "x.json")).isEqualTo(2);
        assertThat(err).contains("Unknown command");
        assertThat(run("", "validate")).isEqualTo(2);
    }

    @Test
    void summaryPrintsATableWithTotals() throws Exception {
        Path f = file("lenet.json", GraphJson.write(Samples.lenet()));
        assertThat(run("", "summary", f.toString())).isEqualTo(0);
        assertThat(out).contains("node").contains("output shape").contains("parameters");
        assertThat(out).containsPattern("c1\\s+Conv2D\\s+24×24×20\\s+520");
        assertThat(out).containsPattern("d\\s+Dense\\s+500\\s+400,500");
        assertThat(out).contains("total parameters:       431,080");
    }

    @Test
    void aBugInACommandIsOneLineOnStandardErrorWithExitTwo() {
        GraphCommand broken = new GraphCommand() {
            @Override
            public String name() {
                return "broken";
            }

            @Override
            public String help() {
                return "fails";
            }

            @Override
            public List<Problem> run(GraphDocument doc, Map<String, String> options, PrintStream out) {
                throw new IllegalStateException("a bug");
            }
        };
        CliRun run = CliRun.of(List.of(broken), GraphJson.write(G.skeleton()), "broken", "-");
        assertThat(run.code()).isEqualTo(GraphCli.UNREADABLE);
        assertThat(run.err()).isEqualTo("Internal error (IllegalStateException): a bug" + System.lineSeparator());
        assertThat(run.out()).isEmpty();
    }

    @Test
    void catalogPrintsThePalette() throws Exception {
        assertThat(run("", "catalog")).isEqualTo(0);
        assertThat(new ObjectMapper().readTree(out).size()).isGreaterThan(40);
    }
}
