package dev.deepcanvas.graph.compile;

import dev.deepcanvas.graph.analysis.Analysis;
import dev.deepcanvas.graph.analysis.Problem;
import dev.deepcanvas.graph.analysis.ProblemCode;
import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.compile.mapping.InputTypes;
import org.deeplearning4j.nn.conf.ComputationGraphConfiguration;
import org.deeplearning4j.nn.conf.inputs.InputType;

import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Compares DL4J's own type inference of a built configuration with the analyzer's shapes. They must agree: DL4J
 * configures each layer (pre-processors, data formats) from its types, so a disagreement means a network that
 * would fail or silently compute something else. Reported as INTERNAL problems, never thrown.
 */
final class TypeCheck {

    private static final System.Logger LOG = System.getLogger(TypeCheck.class.getName());

    private TypeCheck() {
    }

    static List<Problem> verify(ComputationGraphConfiguration conf, List<String> inputNames, Analysis analysis) {
        List<Problem> problems = new ArrayList<>();
        InputType[] inputTypes = new InputType[inputNames.size()];
        for (int i = 0; i < inputTypes.length; i++) {
            inputTypes[i] = InputTypes.of(analysis.shapeOf(inputNames.get(i))).create();
        }
        Map<String, InputType> types;
        try {
            types = conf.getLayerActivationTypes(inputTypes);
        } catch (RuntimeException e) {
            // As for a refused configuration: a gap in our validation, logged for the fix, reported to the user.
            LOG.log(Level.WARNING, "DL4J cannot infer the types of a configuration the analyzer accepted", e);
            problems.add(Problem.ofGraph(ProblemCode.INTERNAL, "DL4J cannot infer the types of this network: "
                    + e.getMessage()));
            return problems;
        }
        for (String vertex : conf.getVertices().keySet()) {
            Shape ours = analysis.shapeOf(vertex);
            InputType theirs = types.get(vertex);
            if (ours != null && theirs != null && !agree(ours, theirs)) {
                problems.add(Problem.ofNode(ProblemCode.INTERNAL, vertex, "DL4J would treat the output of " + vertex
                        + " as " + theirs + " while DeepCanvas computes " + ours + ". This combination is not "
                        + "supported yet; please report it."));
            }
        }
        return problems;
    }

    static boolean agree(Shape s, InputType t) {
        return switch (s.kind()) {
            case VECTOR -> t instanceof InputType.InputTypeFeedForward ff && ff.getSize() == s.size();
            case IMAGE -> t instanceof InputType.InputTypeConvolutional c && c.getHeight() == s.height()
                    && c.getWidth() == s.width() && c.getChannels() == s.channels();
            // DL4J's recurrent types carry the length only as a hint (DuplicateToTimeSeries reports 1): the layers
            // that need a length get it explicitly from the analyzer, so only the feature size must agree.
            case SEQUENCE -> t instanceof InputType.InputTypeRecurrent r && r.getSize() == s.features();
            case TOKENS -> true;
        };
    }
}
