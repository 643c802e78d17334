package dev.deepcanvas.graph.layers;

import dev.deepcanvas.graph.analysis.Shape;
import org.deeplearning4j.nn.conf.inputs.InputType;

/** The recipe for the DL4J {@code InputType} of a shape (kept in step with {@link Shape#toInputType()}). */
public final class InputTypes {

    private InputTypes() {
    }

    public static Recipe of(Shape s) {
        return switch (s.kind()) {
            case VECTOR -> Recipe.staticCall(InputType.class, "feedForward", s.size());
            case IMAGE -> Recipe.staticCall(InputType.class, "convolutional", s.height(), s.width(), s.channels());
            case SEQUENCE -> Recipe.staticCall(InputType.class, "recurrent", s.features(), s.timeSteps());
            case TOKENS -> s.timeSteps() == 1
                    ? Recipe.staticCall(InputType.class, "feedForward", s.vocabulary())
                    : Recipe.staticCall(InputType.class, "recurrent", s.vocabulary(), s.timeSteps());
        };
    }
}
