package dev.deepcanvas.graph.compile;

import org.deeplearning4j.nn.graph.ComputationGraph;

import java.util.Map;

/**
 * One step of the GAN parameter-copy plan: the parameters of vertex {@code vertex} go from one network to another.
 * DISCRIMINATOR → COMBINED copies run before each generator step (the frozen copy must judge like the current
 * discriminator); COMBINED → GENERATOR copies run after it (the sampler must use the trained weights).
 */
public record ParamCopy(GanGraph from, GanGraph to, String vertex) {

    /** Performs the copy between initialised networks. */
    public void apply(Map<GanGraph, ComputationGraph> nets) {
        ComputationGraph source = nets.get(from);
        ComputationGraph target = nets.get(to);
        target.getVertex(vertex).params().assign(source.getVertex(vertex).params());
    }
}
