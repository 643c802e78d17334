package dev.deepcanvas.graph.compile;

import dev.deepcanvas.graph.document.TrainingSettings;
import dev.deepcanvas.graph.compile.recipe.Recipe;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.learning.config.AdaGrad;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.learning.config.Sgd;

import java.util.Locale;

/** Maps the document's optimizer and weight-init names to DL4J. */
final class Updaters {

    private Updaters() {
    }

    static Recipe updater(TrainingSettings t) {
        return updater(t, t.learningRate());
    }

    /**
     * The optimiser of the settings at the given learning rate (a GAN's discriminator may have its own). Adam takes
     * the document's β1 when it sets one; the others have no β1 and ignore it.
     */
    static Recipe updater(TrainingSettings t, double learningRate) {
        if ("adam".equals(t.optimizer()) && t.beta1() != null) {
            return Recipe.construct(Adam.class, learningRate, t.beta1(), Adam.DEFAULT_ADAM_BETA2_VAR_DECAY,
                    Adam.DEFAULT_ADAM_EPSILON);
        }
        Class<?> cls = switch (t.optimizer()) {
            case "adam" -> Adam.class;
            case "sgd" -> Sgd.class;
            case "nesterovs" -> Nesterovs.class;
            case "rmsprop" -> RmsProp.class;
            case "adagrad" -> AdaGrad.class;
            default -> throw new IllegalArgumentException("unknown optimizer " + t.optimizer());
        };
        return Recipe.construct(cls, learningRate);
    }

    static WeightInit weightInit(TrainingSettings t) {
        return WeightInit.valueOf(t.weightInit().toUpperCase(Locale.ROOT));
    }
}
