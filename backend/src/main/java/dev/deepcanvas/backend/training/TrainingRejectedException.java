package dev.deepcanvas.backend.training;

import java.util.List;

/** A run that cannot start: the reasons are written for the user and say what to change. */
public class TrainingRejectedException extends RuntimeException {

    private final List<String> reasons;

    public TrainingRejectedException(List<String> reasons) {
        super(String.join(" ", reasons));
        this.reasons = List.copyOf(reasons);
    }

    public List<String> reasons() {
        return reasons;
    }
}
