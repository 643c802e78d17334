package dev.deepcanvas.graph.export;

import dev.deepcanvas.graph.compile.CompiledGan;
import dev.deepcanvas.graph.compile.GraphCompiler;
import dev.deepcanvas.graph.compile.InvalidGraphException;
import dev.deepcanvas.graph.compile.testing.InMemoryJavac;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.TrainingSettings;
import dev.deepcanvas.graph.testing.G;
import dev.deepcanvas.graph.testing.Samples;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The exported Java source compiles and rebuilds exactly the compiled configuration, for every sample graph. */
class JavaExporterTest {

    private final JavaExporter exporter = new JavaExporter();
    private final GraphCompiler compiler = new GraphCompiler();

    static Stream<Arguments> samples() {
        return Samples.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void exportedSourceRebuildsTheSameConfiguration(String name, GraphDocument doc) throws Exception {
        String source = exporter.export(doc, "generated.models", "Model");
        Class<?> cls = InMemoryJavac.compile("generated.models.Model", source);
        ComputationGraphConfiguration rebuilt = (ComputationGraphConfiguration) cls.getMethod("configuration")
                .invoke(null);
        ComputationGraphConfiguration compiled = compiler.compile(doc).configuration();
        assertThat(rebuilt.toJson()).isEqualTo(compiled.toJson());
        assertThat(rebuilt).isEqualTo(compiled);
    }

    @Test
    void sourceReadsLikeHandWrittenDl4j() throws Exception {
        String source = exporter.export(G.skeleton().withTraining(TrainingSettings.defaults().withL2(1e-4)),
                null, "Iris");
        assertThat(source).doesNotContain("package ");
        assertThat(source).contains("import org.deeplearning4j.nn.conf.layers.DenseLayer;");
        assertThat(source).contains(".addInputs(\"in\")");
        assertThat(source).contains(".addLayer(\"hidden\", new DenseLayer.Builder().nOut(16)"
                + ".activation(Activation.RELU).build(), \"in\")");
        assertThat(source).contains(".updater(new Adam(0.01))");
        assertThat(source).contains(".l2(1.0E-4)");
        assertThat(source).contains(".setInputTypes(InputType.feedForward(4L))");
        assertThat(source).contains("public static ComputationGraph create()");
        Class<?> cls = InMemoryJavac.compile("Iris", source);
        assertThat(cls.getMethod("create").invoke(null)).isNotNull();
    }

    @Test
    void exportsAGanAsThreeConfigurations() throws Exception {
        String source = exporter.export(Samples.gan(), "gen", "DigitGan");
        assertThat(source).contains("FrozenLayerWithBackprop").contains("copy the discriminator's parameters");
        Class<?> cls = InMemoryJavac.compile("gen.DigitGan", source);
        CompiledGan gan = compiler.compileGan(Samples.gan());
        assertThat(cls.getMethod("generator").invoke(null)).isEqualTo(gan.generator().configuration());
        assertThat(cls.getMethod("discriminator").invoke(null)).isEqualTo(gan.discriminator().configuration());
        assertThat(cls.getMethod("combined").invoke(null)).isEqualTo(gan.combined().configuration());
    }

    @Test
    void exportsAConditionalGanAndSaysWhereTheClassesGo() throws Exception {
        String source = exporter.export(Samples.conditionalGan(), "gen", "ShapeCgan");
        assertThat(source).contains("also take the one-hot class to draw (\"gclass\")")
                .contains("discriminator() takes the class each sample claims (\"dclass\")");
        Class<?> cls = InMemoryJavac.compile("gen.ShapeCgan", source);
        CompiledGan gan = compiler.compileGan(Samples.conditionalGan());
        assertThat(cls.getMethod("generator").invoke(null)).isEqualTo(gan.generator().configuration());
        assertThat(cls.getMethod("discriminator").invoke(null)).isEqualTo(gan.discriminator().configuration());
        assertThat(cls.getMethod("combined").invoke(null)).isEqualTo(gan.combined().configuration());
    }

    /** The exported code must train like DeepCanvas does: β1 and the discriminator's own learning rate included. */
    @Test
    void exportsAGansRecipeSettings() throws Exception {
        GraphDocument doc = Samples.gan().withTraining(Samples.gan().training().withBeta1(0.5)
                .withDiscriminatorLearningRate(0.0004));
        String source = exporter.export(doc, "gen", "RecipeGan");
        Class<?> cls = InMemoryJavac.compile("gen.RecipeGan", source);
        CompiledGan gan = compiler.compileGan(doc);
        assertThat(cls.getMethod("discriminator").invoke(null)).isEqualTo(gan.discriminator().configuration());
        assertThat(cls.getMethod("combined").invoke(null)).isEqualTo(gan.combined().configuration());
        assertThat(gan.discriminator().configuration()).isNotEqualTo(compiler.compileGan(Samples.gan())
                .discriminator().configuration());
    }

    /** Each optimiser is its own recipe branch: each must print, compile and rebuild the same configuration. */
    @Test
    void exportsEveryOptimizer() throws Exception {
        for (String optimizer : TrainingSettings.OPTIMIZERS) {
            GraphDocument doc = G.skeleton().withTraining(TrainingSettings.defaults().withOptimizer(optimizer));
            Class<?> cls = InMemoryJavac.compile("gen.Opt", exporter.export(doc, "gen", "Opt"));
            assertThat(cls.getMethod("configuration").invoke(null)).as(optimizer)
                    .isEqualTo(compiler.compile(doc).configuration());
        }
    }

    @Test
    void refusesInvalidGraphsAndBadNames() {
        assertThatThrownBy(() -> exporter.export(G.graph().node("in", "Input").doc(), null, "X"))
                .isInstanceOf(InvalidGraphException.class);
        assertThatThrownBy(() -> exporter.export(G.skeleton(), null, "not a name"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> exporter.export(G.skeleton(), "a..b", "X"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void derivesClassNames() {
        assertThat(JavaExporter.classNameFor("iris classifier")).isEqualTo("IrisClassifier");
        assertThat(JavaExporter.classNameFor("3 layer-net")).isEqualTo("Graph3LayerNet");
        assertThat(JavaExporter.classNameFor("")).isEqualTo("Graph");
    }
}
