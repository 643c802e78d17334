package dev.deepcanvas.backend.inside;

import java.util.List;

/**
 * A recurrent layer's gates (and an LSTM's cell state, a GRU's candidate state) for the chosen example, recomputed
 * from its parameters.
 *
 * @param cell  which kind of recurrent cell: "LSTM" or "GRU"
 * @param units how many units the layer has (the maps show at most {@link LayerReading#MAX_UNITS_OVER_TIME})
 * @param steps how many time steps the example has (the maps show at most {@link LayerReading#MAX_STEPS})
 * @param note  what the view should say beside the maps (a cap); null if none
 */
public record RecurrentGates(String nodeId, String cell, List<GateMap> gates, int units, int steps, String note) {

    public RecurrentGates {
        gates = List.copyOf(gates);
    }
}
