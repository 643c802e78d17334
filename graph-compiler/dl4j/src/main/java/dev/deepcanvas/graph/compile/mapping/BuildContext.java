package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.compile.recipe.Recipe;
import dev.deepcanvas.graph.document.TrainingSettings;
import dev.deepcanvas.graph.layers.Params;
import org.deeplearning4j.nn.conf.graph.GraphVertex;
import org.deeplearning4j.nn.conf.inputs.InputType;
import org.deeplearning4j.nn.conf.layers.Layer;

import java.util.List;

/**
 * What a {@link LayerMapping} gets, and how it contributes to the DL4J graph. Mappings describe DL4J objects as
 * {@link Recipe}s so the same description yields both the configuration and the exported Java source.
 */
public interface BuildContext {

    String nodeId();

    /** The vertex names feeding this node, in port order. */
    List<String> inputs();

    Params params();

    /** Shapes of the inputs in port order, as inferred by the analyzer. */
    List<Shape> inputShapes();

    /** This node's inferred output shape. */
    Shape outputShape();

    TrainingSettings training();

    /**
     * The network input (an Input node id) whose data reaches input {@code port} of this node, preferring a sequence
     * input of the same length. DL4J's LastTimeStep and DuplicateToTimeSeries vertices read that input's length and
     * mask. Never null for a valid graph (every node is fed by some input).
     */
    String sequenceInputFor(int port);

    /** Declares this node as a network input of the given DL4J input type. */
    void addInput(Recipe<InputType> inputType);

    /** Adds a DL4J layer fed by {@link #inputs()}. */
    void addLayer(Recipe<? extends Layer> layer);

    /** Adds a DL4J graph vertex fed by {@link #inputs()}. */
    void addVertex(Recipe<? extends GraphVertex> vertex);
}
