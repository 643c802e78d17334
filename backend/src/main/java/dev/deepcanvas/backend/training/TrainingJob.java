package dev.deepcanvas.backend.training;

import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.db.run.RunStatus;
import dev.deepcanvas.graph.compile.CompiledGraph;
import dev.deepcanvas.graph.document.TrainingSettings;
import org.deeplearning4j.datasets.iterator.utilty.ListDataSetIterator;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.evaluation.classification.Evaluation;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;

/** Trains one run on the training executor: epoch by epoch, recording and publishing after each. */
final class TrainingJob implements Runnable {

    private static final Logger log = LoggerFactory.getLogger(TrainingJob.class);

    private final long runId;
    private final CompiledGraph compiled;
    private final PreparedDataset data;
    private final RunRecorder recorder;
    private final RunEvents events;
    private final Path modelFile;
    private final AtomicBoolean cancelRequested = new AtomicBoolean();

    TrainingJob(long runId, CompiledGraph compiled, PreparedDataset data, RunRecorder recorder, RunEvents events,
                Path modelFile) {
        this.runId = runId;
        this.compiled = compiled;
        this.data = data;
        this.recorder = recorder;
        this.events = events;
        this.modelFile = modelFile;
    }

    long runId() {
        return runId;
    }

    /** Asks the job to stop after the current epoch (DL4J's fit loop does not react to interrupts). */
    void cancel() {
        cancelRequested.set(true);
    }

    @Override
    public void run() {
        if (cancelRequested.get()) {
            publish(recorder.finish(runId, RunStatus.CANCELLED, "Cancelled before it started.", null));
            return;
        }
        publish(recorder.markRunning(runId));
        try {
            train();
        } catch (RuntimeException | OutOfMemoryError | java.io.IOException e) {
            log.error("Run {} failed", runId, e);
            publish(recorder.finish(runId, RunStatus.FAILED, "Training stopped with an error: " + describe(e), null));
        }
    }

    private void train() throws java.io.IOException {
        TrainingSettings settings = compiled.training();
        Nd4j.getRandom().setSeed(settings.seed());
        ComputationGraph net = new ComputationGraph(compiled.configuration());
        net.init();
        EpochLossListener losses = new EpochLossListener();
        net.setListeners(losses);

        // The prepared dataset is shared between runs: shuffle a private copy.
        DataSet train = data.train().copy();
        for (int epoch = 1; epoch <= settings.epochs(); epoch++) {
            if (cancelRequested.get() || Thread.currentThread().isInterrupted()) {
                publish(recorder.finish(runId, RunStatus.CANCELLED,
                        "Cancelled after " + (epoch - 1) + " of " + settings.epochs() + " epochs.", null));
                return;
            }
            train.shuffle(settings.seed() + epoch);
            net.fit(new ListDataSetIterator<>(train.asList(), settings.batchSize()));
            double loss = losses.takeEpochMean();
            if (!Double.isFinite(loss) || loss > 1e6) {
                publish(recorder.finish(runId, RunStatus.FAILED, "The loss diverged (" + loss + ") in epoch " + epoch
                        + ". Try a lower learning rate than " + settings.learningRate() + ".", null));
                return;
            }
            publish(recorder.recordEpoch(runId, epoch, loss, accuracy(net)));
        }
        Files.createDirectories(modelFile.getParent());
        ModelSerializer.writeModel(net, modelFile.toFile(), true);
        publish(recorder.finish(runId, RunStatus.SUCCEEDED, null, accuracy(net)));
    }

    private double accuracy(ComputationGraph net) {
        Evaluation evaluation = net.evaluate(new ListDataSetIterator<>(data.test().asList(), 256));
        return evaluation.accuracy();
    }

    private void publish(RunSummary summary) {
        events.publish(summary.toUpdate());
    }

    private static String describe(Throwable e) {
        String message = e.getMessage();
        if (e instanceof OutOfMemoryError) {
            return "the model did not fit in memory. Make it smaller or lower the batch size.";
        }
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : firstLine(message);
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        String line = newline < 0 ? text : text.substring(0, newline);
        return line.length() > 300 ? line.substring(0, 300) + "…" : line;
    }
}
