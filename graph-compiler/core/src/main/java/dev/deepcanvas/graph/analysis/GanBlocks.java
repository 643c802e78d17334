package dev.deepcanvas.graph.analysis;

import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphEdge;
import dev.deepcanvas.graph.document.GraphNode;
import dev.deepcanvas.graph.layers.LayerCatalog;
import dev.deepcanvas.graph.layers.LayerType;
import dev.deepcanvas.graph.layers.ParamResolver;
import dev.deepcanvas.graph.layers.Role;

import java.util.ArrayList;
import java.util.List;

/**
 * The structure of a GAN document: a generator block (noise input → … → one last layer making a sample) and a
 * discriminator block (sample input → … → one output saying real or fake). The blocks are not connected by edges:
 * the compiler feeds the generator's last layer into the discriminator in the combined graph.
 *
 * <p>A conditional GAN's generator also has a {@code ClassInput}: the class it is asked to draw. Its discriminator
 * learns about classes in one of two ways, or both: a {@code ClassInput} of its own, the class a picture claims to
 * be (the combined graph feeds it the generator's class, as it feeds it the generator's sample); or a second
 * Output, a softmax over the classes that names the class it sees (an auxiliary classifier, as in AC-GAN), which
 * the generator then learns to satisfy.
 *
 * @param discriminatorOutput      the Output saying real or fake
 * @param generatorClassInput      the generator's ClassInput, or null in an unconditional GAN
 * @param discriminatorClassInput  the discriminator's ClassInput, or null
 * @param discriminatorClassOutput the discriminator's class Output (auxiliary classifier), or null
 */
public record GanBlocks(String noiseInput, String generatorOutput, String discriminatorInput,
                        String discriminatorOutput, List<String> generatorNodes, List<String> discriminatorNodes,
                        String generatorClassInput, String discriminatorClassInput, String discriminatorClassOutput) {

    /** The node type of a conditional GAN's class inputs. */
    public static final String CLASS_INPUT = "ClassInput";

    /** Whether the generator draws a class it is given (its discriminator then has a ClassInput, a class Output or both). */
    public boolean conditional() {
        return generatorClassInput != null;
    }

    /**
     * The blocks when the structure is right, else null with the problems.
     *
     * @param generatorEnds the generator's nodes that feed no other generator node, found even when the blocks are
     *                      wrong: the compiler feeds them into the discriminator, so they are used, not unreachable
     */
    public record Result(GanBlocks blocks, List<Problem> problems, List<String> generatorEnds) {
    }

    /** The node type of a GAN generator's source of random numbers. */
    public static final String NOISE_INPUT = "NoiseInput";

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
        List<String> genClasses = ofType(index, gen, CLASS_INPUT);
        List<String> discClasses = ofType(index, disc, CLASS_INPUT);
        String noise = single(index, without(gen, genClasses), Role.INPUT, "generator", "input (a NoiseInput)",
                problems);
        if (noise != null && !NOISE_INPUT.equals(index.nodes().get(noise).type())) {
            problems.add(Problem.ofNode(ProblemCode.GAN_BLOCKS, noise, "The generator starts from random numbers "
                    + "that the trainer draws, which is what a NoiseInput is; " + noise + " is "
                    + article(index.nodes().get(noise).type()) + ". Replace it with a NoiseInput."));
        }
        for (String id : ofType(index, disc, NOISE_INPUT)) {
            problems.add(Problem.ofNode(ProblemCode.GAN_BLOCKS, id, "The discriminator reads real samples (and the "
                    + "generator's), not noise: " + id + " is a NoiseInput. Use an input of the samples' shape "
                    + "(ImageInput, Input) there, or move " + id + " to the generator."));
        }
        String discIn = single(index, without(disc, discClasses), Role.INPUT, "discriminator",
                "input (the real samples)", problems);
        String genClass = atMostOne(genClasses, "generator", problems);
        String discClass = atMostOne(discClasses, "discriminator", problems);
        List<String> discOuts = disc.stream().filter(id -> role(index, id) == Role.OUTPUT).toList();
        String discOut = null;
        String classOut = null;
        if (discOuts.size() == 2) {
            // The verdict is the one-number output; the other names the class (an auxiliary classifier).
            boolean firstIsVerdict = units(index, discOuts.get(0)) == 1;
            discOut = discOuts.get(firstIsVerdict ? 0 : 1);
            classOut = discOuts.get(firstIsVerdict ? 1 : 0);
            if (units(index, classOut) < 2 || units(index, discOut) != 1) {
                problems.add(Problem.ofNode(ProblemCode.GAN_BLOCKS, discOuts.get(1), "A discriminator with two "
                        + "Outputs needs one with 1 unit (real or fake, sigmoid) and one with a unit per class "
                        + "(softmax, the class it sees); " + discOuts + " are not that pair."));
            }
        } else {
            discOut = single(index, disc, Role.OUTPUT, "discriminator", "output (real or fake)", problems);
        }
        if (!genClasses.isEmpty() && discClasses.isEmpty() && classOut == null) {
            problems.add(Problem.ofNode(ProblemCode.GAN_BLOCKS, genClasses.get(0), "The generator is told which "
                    + "class to draw, but the discriminator never learns about classes, so nothing would make the "
                    + "generator obey. Give the discriminator a ClassInput (the class a picture claims to be) or a "
                    + "second Output with a unit per class (softmax: the class it sees), or delete "
                    + genClasses.get(0) + "."));
        }
        if (genClasses.isEmpty() && (!discClasses.isEmpty() || classOut != null)) {
            String where = discClasses.isEmpty() ? classOut : discClasses.get(0);
            problems.add(Problem.ofNode(ProblemCode.GAN_BLOCKS, where, "The discriminator learns about classes "
                    + "but the generator is never told which class to draw. Add a ClassInput to the generator, or "
                    + "delete " + where + "."));
        }
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
            LayerType last = LayerCatalog.find(index.nodes().get(genOut).type()).orElse(null);
            String refusal = last == null ? null : last.notLastInGeneratorBecause();
            if (refusal != null) {
                problems.add(Problem.ofNode(ProblemCode.GAN_BLOCKS, genOut, last.type() + " " + genOut + " cannot be "
                        + "the generator's last layer: " + refusal));
            }
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
            return new Result(null, problems, List.copyOf(sinks));
        }
        return new Result(new GanBlocks(noise, genOut, discIn, discOut, List.copyOf(gen), List.copyOf(disc),
                genClass, discClass, classOut), problems, List.copyOf(sinks));
    }

    private static String article(String type) {
        return (type != null && !type.isEmpty() && "AEIOU".indexOf(type.charAt(0)) >= 0 ? "an " : "a ") + type;
    }

    private static List<String> ofType(GraphIndex index, List<String> block, String type) {
        return block.stream().filter(id -> type.equals(index.nodes().get(id).type())).toList();
    }

    private static List<String> without(List<String> block, List<String> removed) {
        return block.stream().filter(id -> !removed.contains(id)).toList();
    }

    private static String atMostOne(List<String> classInputs, String blockName, List<Problem> problems) {
        if (classInputs.size() > 1) {
            problems.add(Problem.ofNode(ProblemCode.GAN_BLOCKS, classInputs.get(1), "The " + blockName
                    + " may have one ClassInput but has " + classInputs.size() + " " + classInputs
                    + ". Delete all but one."));
            return null;
        }
        return classInputs.isEmpty() ? null : classInputs.get(0);
    }

    /** An Output's units as the compiler will read them (the default where the document leaves them out). */
    private static long units(GraphIndex index, String id) {
        GraphNode node = index.nodes().get(id);
        LayerType type = LayerCatalog.find(node.type()).orElse(null);
        if (type == null || type.params().stream().noneMatch(p -> p.name().equals("units"))) {
            return -1;
        }
        ParamResolver.Result resolved = ParamResolver.resolve(type.type(), type.params(), node.params());
        return resolved.params() == null ? -1 : resolved.params().getInt("units");
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
