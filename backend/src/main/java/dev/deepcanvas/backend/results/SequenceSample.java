package dev.deepcanvas.backend.results;

/**
 * One generated sequence beside what it should have been.
 *
 * @param index     row in the held-out part (a caption's picture is shown from it)
 * @param source    what the model was given, as text ("four hundred and two", a text prompt); for a picture,
 *                  a description of where it came from
 * @param reference the held-out truth ("4 0 2", "small red circle", the text that really followed)
 * @param generated what the model wrote
 * @param exact     whether generated equals reference (for free-running text: never claimed)
 */
public record SequenceSample(int index, String source, String reference, String generated, boolean exact) {
}
