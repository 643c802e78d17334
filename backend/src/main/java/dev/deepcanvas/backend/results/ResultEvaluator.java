package dev.deepcanvas.backend.results;

import dev.deepcanvas.backend.dataset.DatasetPart;
import dev.deepcanvas.backend.dataset.DatasetSplit;
import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.backend.training.plain.GraphArrays;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.evaluation.classification.ConfusionMatrix;
import org.nd4j.evaluation.classification.Evaluation;
import org.nd4j.evaluation.regression.RegressionEvaluation;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** Evaluates a trained model on held-out data: the figures and examples the results page shows. */
public final class ResultEvaluator {

    /** Enough wrong examples to see a pattern, few enough to look at. */
    static final int MAX_MISCLASSIFIED = 12;
    /** A scatter plot stays readable (and the stored document small) up to about this many points. */
    static final int MAX_POINTS = 500;

    private ResultEvaluator() {
    }

    /**
     * Evaluates on the dataset's test part, whatever its inputs and outputs: several inputs (in graph order),
     * images, token sequences, per-step outputs.
     *
     * @param seed fixes the random draws of generated text, so a run always shows the same samples
     */
    public static RunResult evaluate(long runId, ComputationGraph net, PreparedDataset data, GraphArrays arrays,
                                     TaskKind kind, long seed) {
        DatasetSplit heldOut = data.part(DatasetPart.TEST).orElseThrow();
        MultiDataSet ordered = arrays.of(heldOut);
        if (kind == TaskKind.SEQUENCE) {
            int tokenInput = SequenceEvaluator.firstTokenInput(data.descriptor());
            return RunResult.of(runId, SequenceEvaluator.evaluate(net, data.descriptor(), heldOut,
                    ordered.getFeatures(), ordered.getLabels(0),
                    tokenInput < 0 ? -1 : arrays.graphInput(tokenInput), seed));
        }
        INDArray predicted = net.output(false, ordered.getFeatures())[0];
        if (kind == TaskKind.RECONSTRUCTION) {
            return RunResult.of(runId, reconstruction(ordered.getLabels(0), predicted,
                    data.part(DatasetPart.TRAIN).orElseThrow().features().get(0)));
        }
        return kind == TaskKind.CLASSIFICATION
                ? RunResult.of(runId, classification(ordered.getLabels(0), predicted, data.classNames()))
                : RunResult.of(runId, regression(ordered.getLabels(0), predicted));
    }

    public static RunResult evaluate(long runId, ComputationGraph net, DataSet heldOut, TaskKind kind,
                                     List<String> classNames) {
        INDArray predicted = net.outputSingle(false, heldOut.getFeatures());
        return kind == TaskKind.CLASSIFICATION
                ? RunResult.of(runId, classification(heldOut.getLabels(), predicted, classNames))
                : RunResult.of(runId, regression(heldOut.getLabels(), predicted));
    }

    /**
     * @param targets       the held-out pictures the model was shown, [n, c, h, w]
     * @param predicted     the pictures it gave back
     * @param trainPictures the training pictures, whose mean is the baseline answer
     */
    static ReconstructionResult reconstruction(INDArray targets, INDArray predicted, INDArray trainPictures) {
        long n = targets.size(0);
        long perPicture = targets.length() / n;
        INDArray flatTargets = targets.castTo(DataType.DOUBLE).reshape(n, perPicture);
        INDArray flatPredicted = predicted.castTo(DataType.DOUBLE).reshape(n, perPicture);
        INDArray mean = trainPictures.castTo(DataType.DOUBLE).reshape(trainPictures.size(0), perPicture).mean(0);
        double model = squaredErrorPerValue(flatTargets.sub(flatPredicted));
        double baseline = squaredErrorPerValue(flatTargets.subRowVector(mean));
        return new ReconstructionResult((int) n, model, baseline);
    }

    private static double squaredErrorPerValue(INDArray differences) {
        return differences.mul(differences).meanNumber().doubleValue();
    }

    static ClassificationResult classification(INDArray labels, INDArray predicted, List<String> classNames) {
        Evaluation evaluation = new Evaluation(classNames.size());
        evaluation.eval(labels, predicted);
        ConfusionMatrix<Integer> matrix = evaluation.getConfusionMatrix();
        List<ClassScore> perClass = new ArrayList<>();
        List<List<Integer>> confusion = new ArrayList<>();
        for (int actual = 0; actual < classNames.size(); actual++) {
            List<Integer> row = new ArrayList<>();
            int support = 0;
            for (int guess = 0; guess < classNames.size(); guess++) {
                int count = matrix.getCount(actual, guess);
                row.add(count);
                support += count;
            }
            confusion.add(row);
            perClass.add(new ClassScore(classNames.get(actual), finite(evaluation.precision(actual)),
                    finite(evaluation.recall(actual)), finite(evaluation.f1(actual)), support));
        }
        int examples = (int) labels.size(0);
        return new ClassificationResult(examples, evaluation.accuracy(), List.copyOf(classNames), perClass, confusion,
                misclassified(labels, predicted, classNames));
    }

    private static List<MisclassifiedExample> misclassified(INDArray labels, INDArray predicted,
                                                            List<String> classNames) {
        INDArray actualClass = labels.argMax(1);
        INDArray predictedClass = predicted.argMax(1);
        List<MisclassifiedExample> wrong = new ArrayList<>();
        for (int row = 0; row < labels.size(0) && wrong.size() < MAX_MISCLASSIFIED; row++) {
            int actual = actualClass.getInt(row);
            int guess = predictedClass.getInt(row);
            if (actual != guess) {
                wrong.add(new MisclassifiedExample(row, classNames.get(actual), classNames.get(guess),
                        predicted.getDouble(row, guess)));
            }
        }
        return wrong;
    }

    static RegressionResult regression(INDArray labels, INDArray predicted) {
        int outputs = (int) labels.size(1);
        RegressionEvaluation evaluation = new RegressionEvaluation(outputs);
        evaluation.eval(labels, predicted);
        int examples = (int) labels.size(0);
        return new RegressionResult(examples, evaluation.averageMeanSquaredError(),
                evaluation.averageMeanAbsoluteError(), evaluation.averageRSquared(),
                points(labels, predicted, examples, outputs));
    }

    private static List<PredictedActual> points(INDArray labels, INDArray predicted, int examples, int outputs) {
        List<Integer> rows = new ArrayList<>();
        for (int row = 0; row < examples; row++) {
            rows.add(row);
        }
        int perOutput = Math.max(1, MAX_POINTS / outputs);
        if (rows.size() > perOutput) {
            // A fixed seed: the same run always shows the same points.
            java.util.Collections.shuffle(rows, new Random(examples));
            rows = rows.subList(0, perOutput).stream().sorted().toList();
        }
        List<PredictedActual> points = new ArrayList<>();
        for (int output = 0; output < outputs; output++) {
            for (int row : rows) {
                points.add(new PredictedActual(row, output, predicted.getDouble(row, output),
                        labels.getDouble(row, output)));
            }
        }
        return points;
    }

    /** Precision of a class never predicted is 0/0; report 0 rather than NaN, which JSON cannot carry. */
    private static double finite(double value) {
        return Double.isFinite(value) ? value : 0.0;
    }
}
