package dev.deepcanvas.graph.analysis;

import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphEdge;
import dev.deepcanvas.graph.document.GraphNode;
import dev.deepcanvas.graph.layers.LayerCatalog;
import dev.deepcanvas.graph.layers.LayerType;
import dev.deepcanvas.graph.layers.Role;

import java.util.ArrayList;
import java.util.List;

/**
 * The structure of a GAN document: a generator block (noise input → … → one last layer making a sample) and a
 * discriminator block (sample input → … → one output saying real or fake). The blocks are not connected by edges:
 * the compiler feeds the generator's last layer into the discriminator in the combined graph.
 */
public record GanBlocks(String noiseInput, String generatorOutput, String discriminatorInput,
                        String discriminatorOutput, List<String> generatorNodes, List<String> discriminatorNodes) {

    /** The blocks when the structure is right, else null with the problems. */
    public record Result(GanBlocks blocks, List<Problem> problems) {
    }

    /** A document is a GAN document as soon as one node belongs to a group. */
    public static boolean isGan(GraphDocument doc) {
        return doc.nodes().stream().anyMatch(n -> n.group() != null);
    }

    public static Result find(GraphDocument doc) {
        List<Problem> problems = new ArrayList<>();
        GraphIndex index = GraphIndex.of(doc);
        List<String> gen = new ArrayList<>();
        List<String> disc = new ArrayList<>();
        for (GraphNode n : index.nodes().values()) {
            if (GraphNode.GENERATOR.equals(n.group())) {
                gen.add(n.id());
            } else if (GraphNode.DISCRIMINATOR.equals(n.group())) {
                disc.add(n.id());
            } else if (n.group() == null) {
                problems.add(Problem.ofNode(ProblemCode.GAN_BLOCKS, n.id(), "In a GAN every node belongs to the "
                        + "generator or the discriminator block; " + n.id() + " belongs to neither. Add it to one."));
            }
        }
        for (GraphEdge e : doc.edges()) {
            GraphNode s = index.nodes().get(e.source());
            GraphNode t = index.nodes().get(e.target());
            if (s != null && t != null && s.group() != null && t.group() != null && !s.group().equals(t.group())) {
                problems.add(new Problem(ProblemCode.GAN_BLOCKS, t.id(), e.id(), "Edge " + e.id() + " connects the "
                        + s.group() + " to the " + t.group() + ". Delete it: the generator's last layer is fed into "
                        + "the discriminator automatically, in place of the discriminator's input."));
            }
        }
        String noise = single(index, gen, Role.INPUT, "generator", "input (a NoiseInput)", problems);
        String discIn = single(index, disc, Role.INPUT, "discriminator", "input (the real samples)", problems);
        String discOut = single(index, disc, Role.OUTPUT, "discriminator", "output (real or fake)", problems);
        for (String id : gen) {
            if (role(index, id) == Role.OUTPUT) {
                problems.add(Problem.ofNode(ProblemCode.GAN_BLOCKS, id, "The generator must end in an ordinary "
                        + "layer (e.g. Dense or Conv2DTranspose with sigmoid/tanh), not an Output: its samples go to "
                        + "the discriminator, which carries the loss. Replace " + id + "."));
            }
        }
        for (String id : disc) {
            LayerType t = LayerCatalog.find(index.nodes().get(id).type()).orElse(null);
            String refusal = t == null ? null : t.notInDiscriminatorBecause();
            if (refusal != null) {
                problems.add(Problem.ofNode(ProblemCode.GAN_BLOCKS, id, t.type() + " " + id + " cannot be part of "
                        + "the discriminator: " + refusal));
            }
        }
        List<String> sinks = new ArrayList<>();
        for (String id : gen) {
            if (index.successors(id).stream().noneMatch(gen::contains)) {
                sinks.add(id);
            }
        }
        String genOut = null;
        if (sinks.size() == 1) {
            genOut = sinks.get(0);
        } else if (!gen.isEmpty()) {
            problems.add(Problem.ofNode(ProblemCode.GAN_BLOCKS, sinks.isEmpty() ? gen.get(0) : sinks.get(1),
                    "The generator must end in exactly one layer (the sample it makes) but ends in " + sinks
                            + ". Connect the loose ends or delete them."));
        }
        if (gen.isEmpty() || disc.isEmpty()) {
            problems.add(Problem.ofGraph(ProblemCode.GAN_BLOCKS, "A GAN needs both a generator block and a "
                    + "discriminator block; this graph has " + (gen.isEmpty() ? "no generator." : "no discriminator.")));
        }
        if (!problems.isEmpty() || noise == null || discIn == null || discOut == null || genOut == null) {
            return new Result(null, problems);
        }
        return new Result(new GanBlocks(noise, genOut, discIn, discOut, List.copyOf(gen), List.copyOf(disc)),
                problems);
    }

    private static Role role(GraphIndex index, String id) {
        return LayerCatalog.find(index.nodes().get(id).type()).map(LayerType::role).orElse(Role.HIDDEN);
    }

    private static String single(GraphIndex index, List<String> block, Role role, String blockName, String what,
                                 List<Problem> problems) {
        List<String> found = new ArrayList<>();
        for (String id : block) {
            if (role(index, id) == role) {
                found.add(id);
            }
        }
        if (found.size() == 1) {
            return found.get(0);
        }
        if (!block.isEmpty()) {
            problems.add(Problem.ofNode(ProblemCode.GAN_BLOCKS, found.isEmpty() ? block.get(0) : found.get(1),
                    "The " + blockName + " needs exactly one " + what + " but has " + found.size()
                            + (found.isEmpty() ? "." : " " + found + ".")));
        }
        return null;
    }
}
