package dev.deepcanvas.graph.compile;

import dev.deepcanvas.graph.analysis.Problem;

import java.util.List;

/** A graph that cannot be compiled; {@link #problems()} holds every reason, each with a learner-readable message. */
public class InvalidGraphException extends Exception {

    private final transient List<Problem> problems;

    public InvalidGraphException(List<Problem> problems) {
        super(summarise(problems));
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    private static String summarise(List<Problem> problems) {
        if (problems.isEmpty()) {
            return "The graph cannot be compiled.";
        }
        StringBuilder sb = new StringBuilder("The graph has ").append(problems.size())
                .append(problems.size() == 1 ? " problem" : " problems").append(':');
        int shown = 0;
        for (Problem p : problems) {
            if (shown++ == 10) {
                sb.append("\n- … and ").append(problems.size() - 10).append(" more");
                break;
            }
            sb.append("\n- ").append(p);
        }
        return sb.toString();
    }
}
