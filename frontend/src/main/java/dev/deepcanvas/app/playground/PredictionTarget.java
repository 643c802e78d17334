package dev.deepcanvas.app.playground;

import dev.deepcanvas.backend.inference.Prediction;
import dev.deepcanvas.backend.inference.TextPrediction;

import java.util.function.Supplier;

/**
 * Where the playground's input forms send what they want predicted. The panel runs the call and shows either the
 * answer or, when the service refuses the input, its reason; the forms never handle service errors themselves.
 */
interface PredictionTarget {

    void predict(Supplier<Prediction> prediction);

    void predictText(Supplier<TextPrediction> prediction);

    /** An input the form itself found wrong (an empty field), with what to change. */
    void reject(String message);
}
