package dev.deepcanvas.graph.compile;

import dev.deepcanvas.graph.document.TrainingSettings;
import dev.deepcanvas.graph.compile.recipe.Recipe;
import org.deeplearning4j.nn.weights.WeightInit;
import org.nd4j.linalg.learning.config.AdaGrad;
import org.nd4j.linalg.learning.config.Adam;
import org.nd4j.linalg.learning.config.IUpdater;
import org.nd4j.linalg.learning.config.Nesterovs;
import org.nd4j.linalg.learning.config.RmsProp;
import org.nd4j.linalg.learning.config.Sgd;

import java.util.Locale;

/** Maps the document's optimizer and weight-init names to DL4J. */
final class Updaters {

    private Updaters() {
    }

    /**
     * The optimiser of the settings at the given learning rate (a GAN's discriminator may have its own). Adam takes
     * the document's β1 when it sets one; the others have no β1 and ignore it.
     */
    static Recipe<? extends IUpdater> updater(TrainingSettings t, double learningRate) {
        if ("adam".equals(t.optimizer()) && t.beta1() != null) {
            return Recipe.of(Adam::new, learningRate, t.beta1(), Adam.DEFAULT_ADAM_BETA2_VAR_DECAY,
                    Adam.DEFAULT_ADAM_EPSILON);
        }
        return switch (t.optimizer()) {
            case "adam" -> Recipe.of(Adam::new, learningRate);
            case "sgd" -> Recipe.of(Sgd::new, learningRate);
            case "nesterovs" -> Recipe.of(Nesterovs::new, learningRate);
            case "rmsprop" -> Recipe.of(RmsProp::new, learningRate);
            case "adagrad" -> Recipe.of(AdaGrad::new, learningRate);
            default -> throw new IllegalArgumentException("unknown optimizer " + t.optimizer());
        };
    }

    static WeightInit weightInit(TrainingSettings t) {
        return WeightInit.valueOf(t.weightInit().toUpperCase(Locale.ROOT));
    }
}
