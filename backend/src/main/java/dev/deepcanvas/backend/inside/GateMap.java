package dev.deepcanvas.backend.inside;

/**
 * One of an LSTM's gates (or its cell state) over time: a row per unit, a column per step, with the range of its
 * colour key.
 *
 * @param name    "input gate", "forget gate", "output gate" or "cell state"
 * @param meaning one sentence on what the values say
 */
public record GateMap(String name, String meaning, FeatureMap map, double low, double high) {
}
