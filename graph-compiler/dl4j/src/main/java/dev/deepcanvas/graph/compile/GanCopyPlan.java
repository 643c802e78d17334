package dev.deepcanvas.graph.compile;

import org.deeplearning4j.nn.conf.graph.GraphVertex;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Derives the parameter-copy plan of a GAN from its three configurations. */
final class GanCopyPlan {

    private GanCopyPlan() {
    }

    static List<ParamCopy> of(CompiledGraph generator, CompiledGraph discriminator, CompiledGraph combined) {
        List<ParamCopy> plan = new ArrayList<>();
        Map<String, GraphVertex> inCombined = combined.configuration().getVertices();
        for (Map.Entry<String, GraphVertex> v : discriminator.configuration().getVertices().entrySet()) {
            if (v.getValue().numParams(true) > 0 && inCombined.containsKey(v.getKey())) {
                plan.add(new ParamCopy(GanGraph.DISCRIMINATOR, GanGraph.COMBINED, v.getKey()));
            }
        }
        for (Map.Entry<String, GraphVertex> v : generator.configuration().getVertices().entrySet()) {
            if (v.getValue().numParams(true) > 0 && inCombined.containsKey(v.getKey())) {
                plan.add(new ParamCopy(GanGraph.COMBINED, GanGraph.GENERATOR, v.getKey()));
            }
        }
        return List.copyOf(plan);
    }
}
