package dev.deepcanvas.backend.training;

import dev.deepcanvas.graph.analysis.Problem;
import dev.deepcanvas.graph.compile.InvalidGraphException;

import java.util.List;

/** A run that cannot start: the reasons are written for the user and say what to change. */
public class TrainingRejectedException extends RuntimeException {

    private final List<String> reasons;

    public TrainingRejectedException(List<String> reasons) {
        super(String.join(" ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    /** A graph the compiler refused, each of its problems in words for the user. */
    public static TrainingRejectedException of(InvalidGraphException refused) {
        return new TrainingRejectedException(describe(refused.problems()));
    }

    /** Compiler problems in words for the user, each naming its node. */
    public static List<String> describe(List<Problem> problems) {
        return problems.stream().map(p -> p.nodeId() == null ? p.message()
                : "Node '" + p.nodeId() + "': " + p.message()).toList();
    }

    public List<String> reasons() {
        return reasons;
    }
}
