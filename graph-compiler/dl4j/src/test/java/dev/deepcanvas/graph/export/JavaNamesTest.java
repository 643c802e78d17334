package dev.deepcanvas.graph.export;

import dev.deepcanvas.graph.compile.testing.InMemoryJavac;
import dev.deepcanvas.graph.testing.G;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** --class and --package take what javac takes, and say why not otherwise (issue 20, defect 5). */
class JavaNamesTest {

    private final JavaExporter exporter = new JavaExporter();

    @Test
    void keywordsAndReservedNamesAreRefused() {
        for (String name : List.of("class", "int", "true", "null", "_", "var", "record", "yield", "sealed",
                "permits", "goto", "const")) {
            assertThatThrownBy(() -> exporter.export(G.skeleton(), null, name)).as(name)
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("reserved word");
        }
    }

    @Test
    void invalidIdentifiersSayWhatAJavaNameIs() {
        for (String name : List.of("1abc", "my model", "a-b", "", "a.b")) {
            assertThatThrownBy(() -> exporter.export(G.skeleton(), null, name)).as(name)
                    .isInstanceOf(IllegalArgumentException.class);
        }
        assertThatThrownBy(() -> exporter.export(G.skeleton(), null, "my model"))
                .hasMessage("\"my model\" is not a Java class name: it must start with a letter, _ or $ and contain "
                        + "only letters, digits, _ and $ (such as MyModel).");
    }

    @Test
    void packagesAreCheckedSegmentBySegment() {
        assertThatThrownBy(() -> exporter.export(G.skeleton(), "com.int.models", "M"))
                .hasMessageContaining("\"int\" is a reserved word");
        assertThatThrownBy(() -> exporter.export(G.skeleton(), "a..b", "M")).hasMessageContaining("empty part");
        assertThatThrownBy(() -> exporter.export(G.skeleton(), "java.models", "M"))
                .hasMessageContaining("reserved for the Java platform");
        assertThatThrownBy(() -> exporter.export(G.skeleton(), "1x", "M")).hasMessageContaining("must start with");
    }

    @Test
    void aClassNamedLikeAnImportedTypeStillCompiles() throws Exception {
        for (String name : List.of("DenseLayer", "ComputationGraph", "Adam", "String", "InputType")) {
            String source = exporter.export(G.skeleton(), "gen", name);
            assertThat(InMemoryJavac.compile("gen." + name, source).getMethod("configuration").invoke(null))
                    .as(name).isNotNull();
        }
    }

    @Test
    void oddIdsAndNamesStayInsideStringsAndComments() throws Exception {
        String odd = "a*/b \\u0041 \u00fc\n\"q\"";
        String source = exporter.export(G.graph().node(odd, "Input").node("out", "Output").chain(odd, "out").doc()
                .withName("*/ evil \\u000a name"), "gen", "Odd");
        assertThat(InMemoryJavac.compile("gen.Odd", source).getMethod("create").invoke(null)).isNotNull();
    }
}
