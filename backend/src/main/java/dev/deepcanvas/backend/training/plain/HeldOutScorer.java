package dev.deepcanvas.backend.training.plain;

import dev.deepcanvas.backend.results.SequenceMetrics;
import dev.deepcanvas.backend.results.TaskKind;
import dev.deepcanvas.backend.training.run.HeldOutScore;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.evaluation.classification.Evaluation;
import org.nd4j.evaluation.regression.RegressionEvaluation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.api.MultiDataSet;

/**
 * Measures the held-out loss and metric after each epoch, in one forward pass over the held-out data (the
 * validation part where the dataset keeps one, so that early stopping never looks at the test part).
 */
final class HeldOutScorer {

    private final MultiDataSet heldOut;
    private final TaskKind task;

    HeldOutScorer(MultiDataSet heldOut, TaskKind task) {
        this.heldOut = heldOut;
        this.task = task;
    }

    HeldOutScore score(ComputationGraph net) {
        // score(...) is the loss the optimiser sees (without regularisation when training=false).
        double loss = net.score(heldOut, false);
        INDArray predicted = net.output(false, heldOut.getFeatures())[0];
        INDArray labels = heldOut.getLabels(0);
        return switch (task) {
            case CLASSIFICATION -> {
                Evaluation evaluation = new Evaluation();
                evaluation.eval(labels, predicted);
                double accuracy = evaluation.accuracy();
                yield new HeldOutScore(loss, accuracy, accuracy);
            }
            case SEQUENCE -> {
                double accuracy = SequenceMetrics.tokenAccuracy(SequenceMetrics.classes(labels),
                        SequenceMetrics.classes(predicted));
                yield new HeldOutScore(loss, accuracy, accuracy);
            }
            case REGRESSION -> {
                RegressionEvaluation evaluation = new RegressionEvaluation(labels.size(1));
                evaluation.eval(labels, predicted);
                yield new HeldOutScore(loss, null, evaluation.averageRSquared());
            }
            case RECONSTRUCTION -> {
                INDArray difference = labels.castTo(DataType.DOUBLE)
                        .sub(predicted.castTo(DataType.DOUBLE));
                yield new HeldOutScore(loss, null, difference.mul(difference).meanNumber().doubleValue());
            }
            case GAN -> throw new IllegalStateException("GAN runs are scored by their own trainer");
        };
    }
}
