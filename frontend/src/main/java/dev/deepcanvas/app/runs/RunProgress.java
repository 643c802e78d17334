package dev.deepcanvas.app.runs;

import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunUpdate;

/** The progress line under a run's bar: "Epoch 3 / 50 · iteration 412 / 6,000 · about 1 min 5 s left". */
public final class RunProgress {

    private RunProgress() {
    }

    public static String of(RunUpdate update) {
        StringBuilder text = new StringBuilder("Epoch ").append(update.currentEpoch()).append(" / ")
                .append(update.epochsPlanned());
        if (update.iterationsPlanned() > 0) {
            text.append(String.format(" · iteration %,d / %,d", update.iteration(), update.iterationsPlanned()));
        }
        if (update.status() == RunState.RUNNING && update.etaSeconds() != null) {
            text.append(" · about ").append(duration(update.etaSeconds())).append(" left");
        }
        return text.toString();
    }

    static String duration(long seconds) {
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        return minutes < 60 ? minutes + " min " + (seconds % 60) + " s" : (minutes / 60) + " h " + (minutes % 60) + " min";
    }
}
