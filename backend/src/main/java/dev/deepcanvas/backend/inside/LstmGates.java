package dev.deepcanvas.backend.inside;

import java.util.List;

/**
 * An LSTM layer's gates and cell state for the chosen example, recomputed from its parameters.
 *
 * @param units how many units the layer has (the maps show at most {@link LayerReading#MAX_UNITS_OVER_TIME})
 * @param steps how many time steps the example has (the maps show at most {@link LayerReading#MAX_STEPS})
 * @param note  what the view should say beside the maps (a cap); null if none
 */
public record LstmGates(String nodeId, List<GateMap> gates, int units, int steps, String note) {

    public LstmGates {
        gates = List.copyOf(gates);
    }
}
