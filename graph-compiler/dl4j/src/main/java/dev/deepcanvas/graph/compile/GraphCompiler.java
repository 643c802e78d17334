package dev.deepcanvas.graph.compile;

import dev.deepcanvas.graph.analysis.Analysis;
import dev.deepcanvas.graph.analysis.GanBlocks;
import dev.deepcanvas.graph.analysis.GraphAnalyzer;
import dev.deepcanvas.graph.analysis.Problem;
import dev.deepcanvas.graph.analysis.ProblemCode;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphNode;
import dev.deepcanvas.graph.layers.LayerCatalog;
import dev.deepcanvas.graph.layers.LayerType;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Turns a valid graph document into a DL4J {@link ComputationGraphConfiguration}. It analyzes first and refuses
 * invalid graphs (including TOO_LARGE ones) before DL4J sees anything, so no parameters are ever allocated for a
 * graph that would not fit. Building the configuration itself allocates no parameters either.
 *
 * <p>Loading or using the compiler changes nothing in the process: the native back end is set up by the application
 * at start ({@code NativeBackend.configure()}), before it builds any network.
 */
public final class GraphCompiler {

    private static final System.Logger LOG = System.getLogger(GraphCompiler.class.getName());

    private final GraphAnalyzer analyzer;

    public GraphCompiler() {
        this(new GraphAnalyzer());
    }

    public GraphCompiler(GraphAnalyzer analyzer) {
        this.analyzer = analyzer;
    }

    public CompiledGraph compile(GraphDocument doc) throws InvalidGraphException {
        Analysis analysis = analyzer.analyze(doc);
        ConfigurationPlan plan = plan(doc, analysis);
        ComputationGraphConfiguration conf;
        try {
            conf = plan.recipe().create();
        } catch (RuntimeException e) {
            // DL4J refusing a configuration the analyzer accepted is a gap in our validation (DL4J throws several
            // unchecked types for it): the user gets an INTERNAL problem, the log the stack trace to fix the gap.
            LOG.log(Level.WARNING, "DL4J refused the configuration of \"" + doc.name() + "\"", e);
            throw new InvalidGraphException(List.of(Problem.ofGraph(ProblemCode.INTERNAL,
                    "DL4J refused the configuration: " + firstLine(e.getMessage()))));
        }
        List<Problem> disagreements = TypeCheck.verify(conf, plan.inputNames(), analysis);
        if (!disagreements.isEmpty()) {
            throw new InvalidGraphException(disagreements);
        }
        return new CompiledGraph(conf, plan.inputNames(), plan.outputNames(), doc.training());
    }

    /**
     * The configuration as a recipe (what {@link #compile} evaluates and the Java exporter prints), after the same
     * validation as {@link #compile}.
     */
    public ConfigurationPlan plan(GraphDocument doc) throws InvalidGraphException {
        return plan(doc, analyzer.analyze(doc));
    }

    private ConfigurationPlan plan(GraphDocument doc, Analysis analysis) throws InvalidGraphException {
        if (!analysis.isValid()) {
            throw new InvalidGraphException(analysis.problems());
        }
        if (GanBlocks.isGan(doc)) {
            throw new InvalidGraphException(List.of(Problem.ofGraph(ProblemCode.GAN_BLOCKS, "This graph has "
                    + "generator and discriminator blocks: it compiles to three networks (compileGan), not one.")));
        }
        return new PlanBuilder(doc, analysis, Subgraph.whole()).build();
    }

    /**
     * Compiles a GAN document (nodes grouped into a generator and a discriminator block) into the generator, the
     * discriminator, and the generator feeding a frozen copy of the discriminator, plus the parameter-copy plan.
     */
    public CompiledGan compileGan(GraphDocument doc) throws InvalidGraphException {
        Analysis analysis = analyzer.analyze(doc);
        GanPlans plans = planGan(doc, analysis);
        try {
            CompiledGraph generator = evaluate(plans.generator(), analysis);
            CompiledGraph discriminator = evaluate(plans.discriminator(), analysis);
            CompiledGraph combined = evaluate(plans.combined(), analysis);
            return new CompiledGan(generator, discriminator, combined, plans.blocks(),
                    GanCopyPlan.of(generator, discriminator, combined));
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "DL4J refused the GAN configuration of \"" + doc.name() + "\"", e);
            throw new InvalidGraphException(List.of(Problem.ofGraph(ProblemCode.INTERNAL,
                    "DL4J refused the GAN configuration: " + firstLine(e.getMessage()))));
        }
    }

    /** The three GAN configurations as recipes (what {@link #compileGan} evaluates and the Java exporter prints). */
    public GanPlans planGan(GraphDocument doc) throws InvalidGraphException {
        return planGan(doc, analyzer.analyze(doc));
    }

    private GanPlans planGan(GraphDocument doc, Analysis analysis) throws InvalidGraphException {
        if (!analysis.isValid()) {
            throw new InvalidGraphException(analysis.problems());
        }
        GanBlocks.Result found = GanBlocks.find(doc);
        if (found.blocks() == null) {
            List<Problem> problems = new ArrayList<>(found.problems());
            if (problems.isEmpty()) {
                problems.add(Problem.ofGraph(ProblemCode.GAN_BLOCKS, "This graph has no generator and "
                        + "discriminator blocks: put nodes in the \"generator\" and \"discriminator\" groups."));
            }
            throw new InvalidGraphException(problems);
        }
        GanBlocks b = found.blocks();
        Set<String> gen = new LinkedHashSet<>(b.generatorNodes());
        Set<String> disc = new LinkedHashSet<>(b.discriminatorNodes());
        Set<String> both = new LinkedHashSet<>(gen);
        both.addAll(disc);
        return new GanPlans(
                new PlanBuilder(doc, analysis, new Subgraph(gen, Map.of(), Set.of(), List.of(b.generatorOutput())))
                        .build(),
                // Only the discriminator network is fitted as a discriminator; the combined network trains the
                // generator (its discriminator copy is frozen), so it takes the shared learning rate.
                new PlanBuilder(doc, analysis, new Subgraph(disc, Map.of(), Set.of(), List.of()),
                        doc.training().effectiveDiscriminatorLearningRate()).build(),
                new PlanBuilder(doc, analysis, new Subgraph(both, combinedSubstitutes(b),
                        frozenInCombinedNetwork(doc, disc), List.of())).build(),
                b);
    }

    /**
     * In the combined network the discriminator reads the generator's sample, and in a conditional GAN the class
     * the generator was asked to draw: it is told the truth about what the generator tried.
     */
    private static Map<String, String> combinedSubstitutes(GanBlocks b) {
        Map<String, String> substitutes = new LinkedHashMap<>();
        substitutes.put(b.discriminatorInput(), b.generatorOutput());
        if (b.discriminatorClassInput() != null) {
            substitutes.put(b.discriminatorClassInput(), b.generatorClassInput());
        }
        return substitutes;
    }

    /** The discriminator's nodes that the combined network freezes: all but training-time noise. */
    private static Set<String> frozenInCombinedNetwork(GraphDocument doc, Set<String> discriminator) {
        Set<String> frozen = new LinkedHashSet<>();
        for (GraphNode node : doc.nodes()) {
            if (discriminator.contains(node.id()) && LayerCatalog.find(node.type())
                    .map(LayerType::frozenInCombinedNetwork).orElse(true)) {
                frozen.add(node.id());
            }
        }
        return frozen;
    }

    private static CompiledGraph evaluate(ConfigurationPlan plan, Analysis analysis) throws InvalidGraphException {
        ComputationGraphConfiguration conf = plan.recipe().create();
        List<Problem> disagreements = TypeCheck.verify(conf, plan.inputNames(), analysis);
        if (!disagreements.isEmpty()) {
            throw new InvalidGraphException(disagreements);
        }
        return new CompiledGraph(conf, plan.inputNames(), plan.outputNames(), plan.training());
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "no details";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
