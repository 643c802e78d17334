package dev.deepcanvas.app.editor;

import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphEdge;
import dev.deepcanvas.graph.document.GraphJson;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Connecting layers from the Properties panel, as a keyboard user does. */
class ConnectionsTest {

    private static final String CHAIN = """
            {"format": "deepcanvas-graph", "version": 1, "name": "Chain", "description": "",
             "nodes": [
               {"id": "input1", "type": "Input", "params": {"size": 4}, "position": {"x": 0, "y": 0}},
               {"id": "dense1", "type": "Dense", "params": {"units": 8}, "position": {"x": 200, "y": 0}},
               {"id": "output1", "type": "Output", "params": {"units": 3}, "position": {"x": 400, "y": 0}}],
             "edges": [{"id": "e-input1-dense1", "source": "input1", "target": "dense1", "targetPort": 0}],
             "training": {}}
            """;

    @Test
    void offersEveryLayerThatCanTakeTheOutputAndIsNotFedYet() throws Exception {
        GraphDocument doc = GraphJson.parse(CHAIN);
        assertThat(Connections.targetsFor(doc, "input1")).containsExactly("output1");
        assertThat(Connections.targetsFor(doc, "dense1")).containsExactly("output1");
        assertThat(Connections.hasOutput(doc.node("output1").orElseThrow())).isFalse();
    }

    @Test
    void connectsIntoTheNextFreeInputWithTheCanvassIds() throws Exception {
        GraphDocument doc = Connections.connect(GraphJson.parse(CHAIN), "dense1", "output1");
        assertThat(doc.edges()).contains(new GraphEdge("e-dense1-output1", "dense1", "output1", 0));

        GraphDocument twice = Connections.connect(Connections.connect(doc, "input1", "output1"), "dense1", "output1");
        assertThat(twice.edges()).contains(new GraphEdge("e-input1-output1", "input1", "output1", 1),
                new GraphEdge("e-dense1-output1-2", "dense1", "output1", 2));
    }
}
