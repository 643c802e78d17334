package dev.deepcanvas.backend.inside;

/**
 * What reading a recurrent layer's gates found: the gates, or why there are none.
 *
 * @param gates   null when they are not shown
 * @param refusal null when the gates are shown
 */
record GateReading(RecurrentGates gates, String refusal) {
}
