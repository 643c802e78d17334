package dev.deepcanvas.backend.training;

/**
 * Stop when the held-out figure has not improved for {@code patience} epochs in a row; the model kept is the one
 * from the best epoch.
 */
public record EarlyStopping(Monitor monitor, int patience) {

    public static final int MAX_PATIENCE = 1000;

    /** What is watched on the held-out data after every epoch. */
    public enum Monitor {
        /** Lower is better; works for every task. */
        VALIDATION_LOSS,
        /** Higher is better; classification only. */
        VALIDATION_ACCURACY
    }
}
