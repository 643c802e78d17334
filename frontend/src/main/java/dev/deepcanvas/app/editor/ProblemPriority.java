package dev.deepcanvas.app.editor;

import dev.deepcanvas.graph.analysis.Problem;
import dev.deepcanvas.graph.analysis.ProblemCode;

import java.util.Comparator;
import java.util.List;

/**
 * Which of a node's problems its caption shows: the one that explains the others. A node whose input has the wrong
 * shape is also "never used" downstream, but the shape is what the user must fix, so it comes first; being cut off
 * from the inputs or outputs comes last, because it usually follows from a problem elsewhere.
 */
final class ProblemPriority {

    private static final List<ProblemCode> ORDER = List.of(
            ProblemCode.UNKNOWN_TYPE, ProblemCode.DUPLICATE_ID, ProblemCode.BAD_PARAM, ProblemCode.SHAPE_MISMATCH,
            ProblemCode.KERNEL_TOO_LARGE, ProblemCode.ARITY, ProblemCode.DANGLING_INPUT, ProblemCode.CYCLE,
            ProblemCode.GAN_BLOCKS, ProblemCode.TOO_LARGE, ProblemCode.UNKNOWN_NODE, ProblemCode.BAD_TRAINING,
            ProblemCode.INTERNAL, ProblemCode.NO_INPUT, ProblemCode.NO_OUTPUT, ProblemCode.UNREACHABLE);

    /** Most important first; problems of equal rank keep the compiler's order. */
    static final Comparator<Problem> MOST_IMPORTANT_FIRST = Comparator.comparingInt(p -> rank(p.code()));

    private ProblemPriority() {
    }

    private static int rank(ProblemCode code) {
        int index = ORDER.indexOf(code);
        return index < 0 ? ORDER.size() : index;
    }
}
