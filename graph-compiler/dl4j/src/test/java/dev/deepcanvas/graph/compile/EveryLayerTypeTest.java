package dev.deepcanvas.graph.compile;

import dev.deepcanvas.graph.analysis.Analysis;
import dev.deepcanvas.graph.analysis.GraphAnalyzer;
import dev.deepcanvas.graph.analysis.NodeInfo;
import dev.deepcanvas.graph.compile.testing.NativeBackendConfigured;
import dev.deepcanvas.graph.compile.testing.Nets;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphJson;
import dev.deepcanvas.graph.document.GraphNode;
import dev.deepcanvas.graph.layers.LayerCatalog;
import dev.deepcanvas.graph.layers.LayerType;
import dev.deepcanvas.graph.layers.Role;
import dev.deepcanvas.graph.testing.Samples;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;

import java.util.HashSet;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * For every node type (through the sample graphs): compile, per-node parameter counts equal to DL4J's numParams(),
 * inferred shapes equal to DL4J's activations, one training step, and JSON round trips of document and config.
 */
@ExtendWith(NativeBackendConfigured.class)
class EveryLayerTypeTest {

    private final GraphAnalyzer analyzer = new GraphAnalyzer();
    private final GraphCompiler compiler = new GraphCompiler(analyzer);

    static Stream<Arguments> samples() {
        return Samples.all().entrySet().stream().map(e -> Arguments.of(e.getKey(), e.getValue()));
    }

    @Test
    void samplesCoverEveryLayerType() {
        Set<String> used = new HashSet<>();
        for (GraphDocument doc : Samples.all().values()) {
            doc.nodes().forEach(n -> used.add(n.type()));
        }
        // ClassInput and NoiseInput exist only in a GAN; GanCompileTest compiles and trains the conditional sample.
        Samples.conditionalGan().nodes().forEach(n -> used.add(n.type()));
        for (LayerType t : LayerCatalog.types()) {
            assertThat(used).as("a sample graph uses " + t.type()).contains(t.type());
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("samples")
    void compilesTrainsAndAgreesWithDl4j(String name, GraphDocument doc) throws Exception {
        Analysis analysis = analyzer.analyze(doc);
        assertThat(analysis.problems()).as(name).isEmpty();
        CompiledGraph compiled = compiler.compile(doc);

        ComputationGraph net = new ComputationGraph(compiled.configuration());
        net.init();
        // ComputationGraph.numParams() skips parameterised vertices (AttentionVertex); the flat vector has them all.
        assertThat(net.params().length()).as("total params of " + name).isEqualTo(analysis.totalParams());
        for (NodeInfo info : analysis.nodes().values()) {
            GraphNode node = doc.node(info.nodeId()).orElseThrow();
            if (LayerCatalog.find(node.type()).orElseThrow().role() == Role.INPUT) {
                continue;
            }
            assertThat(net.getVertex(info.nodeId()).numParams()).as("params of " + node.type() + " " + info.nodeId())
                    .isEqualTo(info.params());
        }

        Random rnd = new Random(3);
        int batch = 3;
        MultiDataSet data = Nets.batch(doc, compiled, analysis, batch, rnd);
        Map<String, INDArray> activations = net.feedForward(data.getFeatures(), false);
        for (NodeInfo info : analysis.nodes().values()) {
            GraphNode node = doc.node(info.nodeId()).orElseThrow();
            if (LayerCatalog.find(node.type()).orElseThrow().role() == Role.INPUT) {
                continue;
            }
            assertThat(activations.get(info.nodeId()).shape())
                    .as("activation shape of " + node.type() + " " + info.nodeId() + " (" + info.outputShape() + ")")
                    .isEqualTo(Nets.dl4jShape(info.outputShape(), batch));
        }

        INDArray before = net.params().dup();
        net.fit(data);
        assertThat(net.params()).as("parameters change after one step").isNotEqualTo(before);
        assertThat(Double.isFinite(net.score())).isTrue();

        assertThat(GraphJson.parse(GraphJson.write(doc))).isEqualTo(doc);
        ComputationGraphConfiguration conf = compiled.configuration();
        assertThat(ComputationGraphConfiguration.fromJson(conf.toJson())).isEqualTo(conf);
    }
}
