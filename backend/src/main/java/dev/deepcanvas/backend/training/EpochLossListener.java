package dev.deepcanvas.backend.training;

import org.deeplearning4j.nn.api.Model;
import org.deeplearning4j.optimize.api.BaseTrainingListener;

/** Averages the minibatch losses of one epoch; cheaper than a second pass over the training data. */
final class EpochLossListener extends BaseTrainingListener {

    private double sum;
    private int count;

    @Override
    public void iterationDone(Model model, int iteration, int epoch) {
        sum += model.score();
        count++;
    }

    /** The mean loss since the last call, and starts a new epoch. */
    double takeEpochMean() {
        double mean = count == 0 ? Double.NaN : sum / count;
        sum = 0;
        count = 0;
        return mean;
    }
}
