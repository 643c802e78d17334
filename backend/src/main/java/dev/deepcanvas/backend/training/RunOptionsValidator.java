package dev.deepcanvas.backend.training;

import dev.deepcanvas.backend.results.TaskKind;
import dev.deepcanvas.graph.document.TrainingSettings;

import java.util.ArrayList;
import java.util.List;

/**
 * Checks the start dialog's values before anything is stored. Each message names the field, the value and the
 * range to use, because the dialog shows them next to the Train button rather than next to the field.
 */
final class RunOptionsValidator {

    static final int MAX_EPOCHS = 10_000;
    static final int MAX_BATCH = 65_536;
    static final double MAX_LEARNING_RATE = 10;
    /** The most steps a run may measure its layers at besides each epoch's last: rows stay few, training fast. */
    static final int MAX_EXTRA_MEASURED_STEPS = 1_000;

    private RunOptionsValidator() {
    }

    /** Problems with the effective settings (document plus options) of a run, empty when it may start. */
    static List<String> problems(TrainingSettings effective, EarlyStopping earlyStopping, TaskKind task) {
        List<String> problems = new ArrayList<>();
        if (effective.epochs() < 1 || effective.epochs() > MAX_EPOCHS) {
            problems.add("Epochs is " + effective.epochs() + ": enter a whole number from 1 to " + MAX_EPOCHS + ".");
        }
        if (effective.batchSize() < 1 || effective.batchSize() > MAX_BATCH) {
            problems.add("Batch size is " + effective.batchSize() + ": enter a whole number from 1 to " + MAX_BATCH
                    + " (16 to 256 is typical).");
        }
        if (effective.optimizer() == null || !TrainingSettings.OPTIMIZERS.contains(effective.optimizer())) {
            problems.add("Optimiser \"" + effective.optimizer() + "\" is unknown: choose one of "
                    + String.join(", ", TrainingSettings.OPTIMIZERS) + ".");
        }
        double lr = effective.learningRate();
        if (!(lr > 0 && lr <= MAX_LEARNING_RATE)) {
            problems.add("Learning rate is " + lr + ": enter a number above 0 and at most " + (int) MAX_LEARNING_RATE
                    + " (0.001 to 0.1 is typical).");
        }
        Double beta1 = effective.beta1();
        if (beta1 != null && !(beta1 >= 0 && beta1 < 1)) {
            problems.add("Adam's β1 is " + beta1 + ": enter a number from 0 up to, but not including, 1 (0.9 is "
                    + "Adam's default, 0.5 the usual choice for a GAN).");
        }
        Double discriminatorLr = effective.discriminatorLearningRate();
        if (discriminatorLr != null && task != TaskKind.GAN) {
            problems.add("A discriminator learning rate only applies to a GAN, and this graph has no discriminator "
                    + "block: leave it empty.");
        } else if (discriminatorLr != null && !(discriminatorLr > 0 && discriminatorLr <= MAX_LEARNING_RATE)) {
            problems.add("Discriminator learning rate is " + discriminatorLr + ": enter a number above 0 and at most "
                    + (int) MAX_LEARNING_RATE + " (0.0001 to 0.001 is typical for a GAN), or leave it empty to "
                    + "use the learning rate.");
        }
        if (earlyStopping != null && task == TaskKind.GAN) {
            problems.add("Early stopping watches held-out figures, and a GAN has none to watch (its generator is "
                    + "judged by its samples): switch early stopping off.");
        } else if (earlyStopping != null) {
            if (earlyStopping.monitor() == null) {
                problems.add("Early stopping needs something to watch: choose held-out loss or held-out accuracy.");
            } else if (earlyStopping.monitor() == EarlyStopping.Monitor.VALIDATION_ACCURACY
                    && task == TaskKind.REGRESSION) {
                problems.add("Early stopping on held-out accuracy needs classes, but this model predicts numbers: "
                        + "watch the held-out loss instead.");
            }
            if (earlyStopping.patience() < 1 || earlyStopping.patience() > EarlyStopping.MAX_PATIENCE) {
                problems.add("Early stopping patience is " + earlyStopping.patience()
                        + ": enter how many epochs without improvement to allow, from 1 to "
                        + EarlyStopping.MAX_PATIENCE + ".");
            }
            if (earlyStopping.patience() >= effective.epochs() && effective.epochs() >= 1) {
                problems.add("Early stopping patience (" + earlyStopping.patience() + ") is not below the number of "
                        + "epochs (" + effective.epochs() + "), so it could never stop early: lower the patience or "
                        + "raise the epochs.");
            }
        }
        return problems;
    }

    /**
     * Problems with measuring the layers every {@code every} steps (null: each epoch's last step only) in a run of
     * {@code steps} steps.
     */
    static List<String> layerStatisticsProblems(Integer every, long steps) {
        if (every == null) {
            return List.of();
        }
        if (every < 1) {
            return List.of("Layer statistics every " + every + " steps: enter a whole number of steps from 1 up, or "
                    + "leave it empty to measure the layers at each epoch's end only.");
        }
        if (every > steps) {
            return List.of("Layer statistics every " + every + " steps: this run has only " + steps + " steps, so "
                    + "that would measure nothing besides each epoch's end. Enter a number up to " + steps
                    + ", or leave it empty.");
        }
        long measured = steps / every;
        if (measured > MAX_EXTRA_MEASURED_STEPS) {
            long least = (steps + MAX_EXTRA_MEASURED_STEPS - 1) / MAX_EXTRA_MEASURED_STEPS;
            return List.of("Layer statistics every " + every + (every == 1 ? " step" : " steps") + " would measure "
                    + measured + " of this run's " + steps + " steps; a run measures at most "
                    + MAX_EXTRA_MEASURED_STEPS + " besides each epoch's end (each one copies the weights): enter "
                    + least + " or more, or leave it empty.");
        }
        return List.of();
    }
}
