package dev.deepcanvas.graph.document;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The edits an editor makes to a document: each returns a new document and leaves the original untouched. */
class GraphDocumentTest {

    /** in → hidden → out, plus a skip connection in → out on port 1. */
    private static GraphDocument diamond() {
        GraphDocument doc = GraphDocument.of("Diamond", List.of(
                GraphNode.of("in", "Input", Map.of("size", 4)),
                GraphNode.of("hidden", "Dense", Map.of("units", 8)),
                GraphNode.of("out", "Output", Map.of("units", 3))), List.of(
                GraphEdge.of("e1", "in", "hidden"),
                GraphEdge.of("e2", "hidden", "out"),
                new GraphEdge("e3", "in", "out", 1)), TrainingSettings.defaults());
        return doc.withDescription("Three layers");
    }

    private static List<String> nodeIds(GraphDocument doc) {
        return doc.nodes().stream().map(GraphNode::id).toList();
    }

    private static List<String> edgeIds(GraphDocument doc) {
        return doc.edges().stream().map(GraphEdge::id).toList();
    }

    @Test
    void withoutNodesRemovesTheNodesAndEveryEdgeTouchingThem() {
        GraphDocument doc = diamond();
        GraphDocument next = doc.withoutNodes(Set.of("hidden"));
        assertThat(nodeIds(next)).containsExactly("in", "out");
        assertThat(edgeIds(next)).containsExactly("e3");
        assertThat(nodeIds(doc)).as("the original is untouched").containsExactly("in", "hidden", "out");
        assertThat(next.name()).isEqualTo("Diamond");
        assertThat(next.description()).isEqualTo("Three layers");
        assertThat(next.training()).isEqualTo(doc.training());
    }

    @Test
    void removingANodeOthersFeedFromKeepsThemUnconnected() {
        GraphDocument next = diamond().withoutNodes(List.of("in"));
        assertThat(nodeIds(next)).containsExactly("hidden", "out");
        assertThat(edgeIds(next)).as("both edges out of 'in' go with it").containsExactly("e2");
    }

    @Test
    void withoutNodesSkipsUnknownIdsAndAnEmptySelectionChangesNothing() {
        GraphDocument doc = diamond();
        assertThat(doc.withoutNodes(List.of())).isEqualTo(doc);
        assertThat(doc.withoutNodes(List.of("nowhere"))).isEqualTo(doc);
        assertThat(nodeIds(doc.withoutNodes(List.of("nowhere", "out")))).containsExactly("in", "hidden");
    }

    @Test
    void withoutNodesCopesWithNodesAndEdgesThatHaveNoId() {
        GraphDocument doc = diamond();
        List<GraphNode> nodes = new ArrayList<>(doc.nodes());
        nodes.add(GraphNode.of(null, "Dense", Map.of()));
        List<GraphEdge> edges = new ArrayList<>(doc.edges());
        edges.add(new GraphEdge("loose", null, "out", 2));
        GraphDocument withLooseEnds = doc.withNodes(nodes).withEdges(edges);

        GraphDocument next = withLooseEnds.withoutNodes(Set.of("out"));
        assertThat(nodeIds(next)).containsExactly("in", "hidden", null);
        assertThat(edgeIds(next)).containsExactly("e1");
        assertThat(nodeIds(withLooseEnds.withoutNodes(Arrays.asList((String) null))))
                .as("a null id names the node without one").containsExactly("in", "hidden", "out");
    }

    @Test
    void withoutNodesRefusesNoCollectionWithAMessage() {
        assertThatThrownBy(() -> diamond().withoutNodes(null))
                .isInstanceOf(NullPointerException.class).hasMessageContaining("node ids are required");
    }

    @Test
    void withBlockPutsNodesIntoABlockAndNullTakesThemOut() {
        GraphDocument doc = diamond();
        GraphDocument grouped = doc.withBlock(List.of("hidden", "out"), GraphNode.DISCRIMINATOR);
        assertThat(grouped.nodes()).extracting(GraphNode::group).containsExactly(null, "discriminator", "discriminator");
        assertThat(grouped.edges()).isEqualTo(doc.edges());
        assertThat(grouped.node("hidden").orElseThrow().params()).isEqualTo(Map.of("units", 8));

        GraphDocument moved = grouped.withBlock(List.of("out"), GraphNode.GENERATOR);
        assertThat(moved.nodes()).extracting(GraphNode::group).containsExactly(null, "discriminator", "generator");

        GraphDocument ungrouped = moved.withBlock(List.of("hidden", "out"), null);
        assertThat(ungrouped).isEqualTo(doc);
    }

    @Test
    void withBlockSkipsUnknownIdsAndAnEmptySelectionChangesNothing() {
        GraphDocument doc = diamond();
        assertThat(doc.withBlock(List.of(), GraphNode.GENERATOR)).isEqualTo(doc);
        assertThat(doc.withBlock(List.of("nowhere"), GraphNode.GENERATOR)).isEqualTo(doc);
        assertThat(doc.withBlock(List.of("nowhere", "in"), GraphNode.GENERATOR).node("in").orElseThrow().group())
                .isEqualTo("generator");
    }

    @Test
    void withBlockRefusesANameThatIsNotABlock() {
        assertThatThrownBy(() -> diamond().withBlock(List.of("in"), "critic"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'critic' is not a GAN block").hasMessageContaining("'generator'");
        assertThatThrownBy(() -> diamond().withBlock(List.of("in"), ""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'' is not a GAN block");
    }

    @Test
    void withParamSetsOneParameterOfOneNode() {
        GraphDocument doc = diamond();
        GraphDocument next = doc.withParam("hidden", "activation", "relu");
        assertThat(next.node("hidden").orElseThrow().params())
                .containsExactly(Map.entry("units", 8), Map.entry("activation", "relu"));
        assertThat(next.node("in")).isEqualTo(doc.node("in"));
        assertThat(nodeIds(next)).as("nodes keep their order").containsExactly("in", "hidden", "out");

        GraphDocument changed = next.withParam("hidden", "units", 16);
        assertThat(changed.node("hidden").orElseThrow().params()).containsEntry("units", 16);
    }

    @Test
    void withParamOnAnUnknownNodeChangesNothing() {
        GraphDocument doc = diamond();
        assertThat(doc.withParam("nowhere", "units", 3)).isEqualTo(doc);
        assertThat(doc.withParam(null, "units", 3)).isEqualTo(doc);
    }

    @Test
    void withParamKeepsANullValueAsUnset() {
        GraphNode hidden = diamond().withParam("hidden", "units", null).node("hidden").orElseThrow();
        assertThat(hidden.params()).containsEntry("units", null);
    }

    @Test
    void withParamRefusesAParameterWithoutAName() {
        assertThatThrownBy(() -> diamond().withParam("hidden", " ", 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("A parameter needs a name").hasMessageContaining("'hidden'");
        assertThatThrownBy(() -> diamond().withParam("hidden", null, 3)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void withDescriptionKeepsTheTextAsTypedAndNullMeansNone() {
        GraphDocument doc = diamond();
        GraphDocument next = doc.withDescription("  Classifies irises.\nSecond line ");
        assertThat(next.description()).isEqualTo("  Classifies irises.\nSecond line ");
        assertThat(next.nodes()).isEqualTo(doc.nodes());
        assertThat(next.name()).isEqualTo(doc.name());
        assertThat(doc.withDescription("   ").description()).isEqualTo("   ");
        assertThat(doc.withDescription(null).description()).isEmpty();
        assertThat(doc.withDescription(doc.description())).isEqualTo(doc);
    }

    @Test
    void withNameRenamesAndKeepsTheRest() {
        GraphDocument doc = diamond();
        GraphDocument renamed = doc.withName("Renamed");
        assertThat(renamed.name()).isEqualTo("Renamed");
        assertThat(renamed.withName("Diamond")).isEqualTo(doc);
        assertThat(doc.withName(null).name()).isEmpty();
    }
}
