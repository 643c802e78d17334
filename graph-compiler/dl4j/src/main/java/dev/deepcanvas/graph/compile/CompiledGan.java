package dev.deepcanvas.graph.compile;

import dev.deepcanvas.graph.analysis.GanBlocks;
import org.deeplearning4j.nn.graph.ComputationGraph;

import java.util.List;
import java.util.Map;

/**
 * A GAN as DL4J needs it: three networks sharing parameters by vertex name, and the copy plan a GAN trainer runs.
 * After initialising the three networks, run the {@link #afterGeneratorStep()} copies once so that the sampler
 * starts from the combined network's generator. A training round: fit {@code discriminator} on real (label 1) and generated (label 0) samples; run the
 * {@link #beforeGeneratorStep()} copies; fit {@code combined} on noise with label 1; run the
 * {@link #afterGeneratorStep()} copies; sample with {@code generator}.
 */
public record CompiledGan(CompiledGraph generator, CompiledGraph discriminator, CompiledGraph combined,
                          GanBlocks blocks, List<ParamCopy> copyPlan) {

    public CompiledGan {
        copyPlan = List.copyOf(copyPlan);
    }

    /** Discriminator → combined copies. */
    public List<ParamCopy> beforeGeneratorStep() {
        return copyPlan.stream().filter(c -> c.to() == GanGraph.COMBINED).toList();
    }

    /** Combined → generator copies. */
    public List<ParamCopy> afterGeneratorStep() {
        return copyPlan.stream().filter(c -> c.to() == GanGraph.GENERATOR).toList();
    }

    /** Applies copies to the three initialised networks. */
    public static void apply(List<ParamCopy> copies, ComputationGraph generator, ComputationGraph discriminator,
                             ComputationGraph combined) {
        Map<GanGraph, ComputationGraph> nets = Map.of(GanGraph.GENERATOR, generator,
                GanGraph.DISCRIMINATOR, discriminator, GanGraph.COMBINED, combined);
        for (ParamCopy c : copies) {
            c.apply(nets);
        }
    }
}
