package dev.deepcanvas.graph.compile.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.deepcanvas.graph.document.GraphJson;
import dev.deepcanvas.graph.testing.CliRun;
import dev.deepcanvas.graph.testing.G;
import dev.deepcanvas.graph.testing.Samples;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The commands the DL4J module adds to the command line: compile and java. */
class CompilerCliTest {

    @TempDir
    Path dir;

    private String out;
    private String err;

    private int run(String stdin, String... args) {
        CliRun run = CliRun.of(CompilerCli.commands(), stdin, args);
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
    void compilePrintsDl4jJson() throws Exception {
        Path f = file("iris.json", GraphJson.write(G.skeleton()));
        assertThat(run("", "compile", f.toString())).isEqualTo(0);
        ComputationGraphConfiguration conf = ComputationGraphConfiguration.fromJson(out);
        assertThat(conf.getNetworkInputs()).containsExactly("in");
        assertThat(conf.getNetworkOutputs()).containsExactly("out");
    }

    @Test
    void compileOfAGanPrintsThreeConfigurationsAndThePlan() throws Exception {
        assertThat(run(GraphJson.write(Samples.gan()), "compile", "-")).isEqualTo(0);
        JsonNode json = new ObjectMapper().readTree(out);
        assertThat(json.has("generator") && json.has("discriminator") && json.has("combined")).isTrue();
        assertThat(json.get("copyPlan").size()).isEqualTo(5);
    }

    @Test
    void javaPrintsSource() throws Exception {
        assertThat(run(GraphJson.write(G.skeleton().withName("iris mlp")), "java", "-", "--package", "demo"))
                .isEqualTo(0);
        assertThat(out).startsWith("package demo;").contains("public final class IrisMlp");
        assertThat(run(GraphJson.write(G.skeleton()), "java", "-", "--class", "9bad")).isEqualTo(2);
    }

    @Test
    void javaRefusesKeywordsAsClassNamesSayingWhy() {
        assertThat(run(GraphJson.write(G.skeleton()), "java", "-", "--class", "record")).isEqualTo(2);
        assertThat(err).startsWith("\"record\" is a reserved word in Java and cannot name a class; choose another "
                + "name, such as RecordModel.");
        assertThat(run(GraphJson.write(G.skeleton()), "java", "-", "--package", "com.new.x")).isEqualTo(2);
        assertThat(err).contains("\"new\" is a reserved word");
    }

    @Test
    void compileWarnsOnStandardErrorAboutSeparateNetworks() {
        String json = GraphJson.write(G.graph().node("a", "Input").node("ao", "Output").node("b", "Input")
                .node("bo", "Output").chain("a", "ao").chain("b", "bo").doc());
        assertThat(run(json, "compile", "-")).isEqualTo(0);
        assertThat(err).startsWith("Warning (DISCONNECTED): The graph is 2 separate networks");
        assertThat(out).contains("\"networkInputs\"");
    }

    /** Issue 20, defect 9: the command line's compile printed SLF4J's three "no providers" warning lines. */
    @Test
    void compileInAFreshJvmWritesNothingOnStandardError() throws Exception {
        Path f = file("iris.json", GraphJson.write(G.skeleton()));
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), CompilerCli.class.getName(), "compile",
                f.toString()).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String stderr = new String(child.getErrorStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(child.waitFor()).isZero();
        assertThat(stderr).isEmpty();
    }
}
