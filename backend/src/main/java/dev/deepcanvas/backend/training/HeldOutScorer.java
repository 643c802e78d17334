package dev.deepcanvas.backend.training;

import dev.deepcanvas.backend.results.TaskKind;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.evaluation.classification.Evaluation;
import org.nd4j.evaluation.regression.RegressionEvaluation;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

/** Measures the held-out loss and metric after each epoch, in one forward pass over the held-out data. */
final class HeldOutScorer {

    private final DataSet heldOut;
    private final TaskKind task;

    HeldOutScorer(DataSet heldOut, TaskKind task) {
        this.heldOut = heldOut;
        this.task = task;
    }

    HeldOutScore score(ComputationGraph net) {
        // score(...) is the loss the optimiser sees (without regularisation when training=false).
        double loss = net.score(heldOut, false);
        INDArray predicted = net.outputSingle(false, heldOut.getFeatures());
        if (task == TaskKind.CLASSIFICATION) {
            Evaluation evaluation = new Evaluation();
            evaluation.eval(heldOut.getLabels(), predicted);
            double accuracy = evaluation.accuracy();
            return new HeldOutScore(loss, accuracy, accuracy);
        }
        RegressionEvaluation evaluation = new RegressionEvaluation(heldOut.getLabels().size(1));
        evaluation.eval(heldOut.getLabels(), predicted);
        return new HeldOutScore(loss, null, evaluation.averageRSquared());
    }
}
