package dev.deepcanvas.graph.compile.mapping;

import dev.deepcanvas.graph.analysis.Shape;
import dev.deepcanvas.graph.compile.recipe.Recipe;
import org.deeplearning4j.nn.conf.inputs.InputType;

/**
 * The DL4J {@code InputType} of a shape (images in DL4J's default NCHW layout), as a recipe: the network inputs
 * declare it, the Java export prints it, and the compiler's type check evaluates it, so all three agree.
 */
public final class InputTypes {

    private InputTypes() {
    }

    public static Recipe<InputType> of(Shape s) {
        return switch (s.kind()) {
            case VECTOR -> Recipe.of(InputType::feedForward, s.size());
            case IMAGE -> Recipe.of(InputType::convolutional, s.height(), s.width(), s.channels());
            case SEQUENCE -> Recipe.of(InputType::recurrent, s.features(), s.timeSteps());
            // The vocabulary travels as the "size" so that setInputTypes gives Embedding layers the right nIn
            // (DL4J overwrites every layer's nIn from the input types).
            case TOKENS -> s.timeSteps() == 1
                    ? Recipe.of(InputType::feedForward, s.vocabulary())
                    : Recipe.of(InputType::recurrent, s.vocabulary(), s.timeSteps());
        };
    }
}
