package dev.deepcanvas.backend.inside;

/**
 * One of a recurrent layer's gates (or an LSTM's cell state, a GRU's candidate state) over time: a row per unit, a
 * column per step, with the range of its colour key.
 *
 * @param name    the gate's name, for example "forget gate" or "cell state"
 * @param meaning one sentence on what the values say
 */
public record GateMap(String name, String meaning, FeatureMap map, double low, double high) {
}
