package dev.deepcanvas.graph.analysis;

import dev.deepcanvas.graph.document.TrainingSettings;

import java.util.List;

/** Range checks for the document's training settings; each problem says what to change. */
final class TrainingCheck {

    private TrainingCheck() {
    }

    static void check(TrainingSettings t, List<Problem> problems) {
        if (t.optimizer() == null || !TrainingSettings.OPTIMIZERS.contains(t.optimizer())) {
            add(problems, "Optimizer \"" + t.optimizer() + "\" is not available; choose one of "
                    + TrainingSettings.OPTIMIZERS + ".");
        }
        if (!(t.learningRate() > 0 && t.learningRate() <= 10)) {
            add(problems, "Learning rate " + t.learningRate() + " is out of range; use a value in (0, 10], "
                    + "typically 0.001 to 0.1.");
        }
        if (t.batchSize() < 1 || t.batchSize() > 65_536) {
            add(problems, "Batch size " + t.batchSize() + " is out of range; use 1 to 65536 (typically 16 to 256).");
        }
        if (t.epochs() < 1 || t.epochs() > 100_000) {
            add(problems, "Epochs " + t.epochs() + " is out of range; use 1 to 100000.");
        }
        if (t.weightInit() == null || !TrainingSettings.WEIGHT_INITS.contains(t.weightInit())) {
            add(problems, "Weight init \"" + t.weightInit() + "\" is not available; choose one of "
                    + TrainingSettings.WEIGHT_INITS + ".");
        }
        if (t.beta1() != null && !(t.beta1() >= 0 && t.beta1() < 1)) {
            add(problems, "Adam's beta1 " + t.beta1() + " is out of range; use 0 up to below 1: 0.9 is Adam's "
                    + "default, 0.5 the usual choice for GANs.");
        }
        if (t.discriminatorLearningRate() != null
                && !(t.discriminatorLearningRate() > 0 && t.discriminatorLearningRate() <= 10)) {
            add(problems, "Discriminator learning rate " + t.discriminatorLearningRate() + " is out of range; use "
                    + "a value in (0, 10], typically 0.0001 to 0.001 for a GAN, or leave it empty to use the "
                    + "learning rate.");
        }
        if (!(t.l2() >= 0 && t.l2() < 1)) {
            add(problems, "L2 regularisation " + t.l2() + " is out of range; use 0 (off) up to below 1, "
                    + "typically 1e-4.");
        }
    }

    private static void add(List<Problem> problems, String message) {
        problems.add(Problem.ofGraph(ProblemCode.BAD_TRAINING, "Training settings: " + message));
    }
}
