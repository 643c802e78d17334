package dev.deepcanvas.backend.inside;

import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.ArrayList;
import java.util.List;

/**
 * How much of a recurrent layer's gates the view gets: the first {@link LayerReading#MAX_UNITS_OVER_TIME} units and
 * {@link LayerReading#MAX_STEPS} steps, like its hidden state, so a large layer never becomes one huge payload.
 */
final class ShownGates {

    private final int units;
    private final int steps;
    private final int shownUnits;
    private final int shownSteps;

    /** @param unitsBySteps any of the layer's {@code [units, steps]} maps */
    ShownGates(INDArray unitsBySteps) {
        this.units = (int) unitsBySteps.size(0);
        this.steps = (int) unitsBySteps.size(1);
        this.shownUnits = Math.min(units, LayerReading.MAX_UNITS_OVER_TIME);
        this.shownSteps = Math.min(steps, LayerReading.MAX_STEPS);
    }

    int units() {
        return units;
    }

    int steps() {
        return steps;
    }

    /**
     * @param values {@code [units, steps]}
     * @param share  whether the values are shares from 0 to 1 (a gate): the key then runs from 0 to 1
     */
    GateMap map(String name, String meaning, INDArray values, boolean share) {
        double[][] all = values.toDoubleMatrix();
        float[] shown = new float[shownUnits * shownSteps];
        for (int u = 0; u < shownUnits; u++) {
            for (int t = 0; t < shownSteps; t++) {
                shown[u * shownSteps + t] = (float) all[u][t];
            }
        }
        return new GateMap(name, meaning, new FeatureMap(0, shownUnits, shownSteps, shown),
                share ? 0 : values.minNumber().doubleValue(), share ? 1 : values.maxNumber().doubleValue());
    }

    /** What was left out, as sentences for the view; empty when everything is shown. */
    List<String> caps() {
        List<String> notes = new ArrayList<>();
        if (shownUnits < units) {
            notes.add("The first " + shownUnits + " of " + units + " units are shown.");
        }
        if (shownSteps < steps) {
            notes.add("The first " + shownSteps + " of " + steps + " time steps are shown.");
        }
        return notes;
    }
}
