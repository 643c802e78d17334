package dev.deepcanvas.backend.quality;

import dev.deepcanvas.backend.results.RunResult;
import dev.deepcanvas.backend.results.RunResultsService;
import dev.deepcanvas.backend.training.IterationMetric;
import dev.deepcanvas.backend.training.MetricSeries;
import dev.deepcanvas.backend.training.RunOptions;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.backend.training.TrainingService;
import dev.deepcanvas.db.run.RunStatus;
import dev.deepcanvas.templates.QualityBar;
import dev.deepcanvas.templates.Template;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Trains a gallery template through the ordinary run service (the path a user's Train button takes) and measures
 * the figure its bar speaks of, on the held-out test part. The quality tests call it with shortened settings, the
 * bench with the template's defaults.
 */
@Service
public class TemplateQuality {

    private final TrainingService training;
    private final RunResultsService results;

    public TemplateQuality(TrainingService training, RunResultsService results) {
        this.training = training;
        this.results = results;
    }

    /**
     * @param options  changes to the template's training settings ({@link RunOptions#none()} for its defaults)
     * @param judgeRun for a GAN, a succeeded run of its judge template (a classifier of the same data); else null
     * @param timeout  how long to wait for the run before giving up on it (it is cancelled then)
     */
    public Measurement measure(Template template, RunOptions options, Long judgeRun, Duration timeout)
            throws InterruptedException {
        RunSummary run = training.start(new TrainingService.StartRequest(null, null, template.document(),
                template.datasetId(), options));
        RunSummary done = await(run.id(), timeout);
        Duration time = done.startedAt() == null || done.finishedAt() == null ? Duration.ZERO
                : Duration.between(done.startedAt(), done.finishedAt());
        if (done.status() != RunStatus.SUCCEEDED) {
            return new Measurement(template.id(), run.id(), template.bar(), Double.NaN, time,
                    done.status() + ": " + done.message());
        }
        double reached = reached(template.bar().metric(), run.id(), judgeRun);
        return new Measurement(template.id(), run.id(), template.bar(), reached, time, null);
    }

    private double reached(QualityBar.Metric metric, long runId, Long judgeRun) {
        RunResult result = results.find(runId).orElseThrow();
        return switch (metric) {
            case ACCURACY -> result.classification().accuracy();
            case R2 -> result.regression().r2();
            case SEQUENCE_MATCH -> result.sequence().sequenceAccuracy();
            case LOSS_DROP -> lossDrop(training.metricSeries(runId));
            case CONFIDENT_SAMPLES -> confidentSamples(runId, judgeRun, result.gan().noiseSize());
        };
    }

    /** 1 − (last epoch's training loss ÷ the loss of the untrained model at the first iteration). */
    static double lossDrop(MetricSeries series) {
        List<IterationMetric> iterations = series.iterations();
        if (iterations.isEmpty() || series.epochs().isEmpty()) {
            return Double.NaN;
        }
        double first = iterations.get(0).trainLoss();
        double last = series.epochs().get(series.epochs().size() - 1).trainLoss();
        return 1 - last / first;
    }

    private double confidentSamples(long ganRun, Long judgeRun, int noiseSize) {
        if (judgeRun == null) {
            throw new IllegalArgumentException("A GAN's samples need a trained classifier to judge them");
        }
        try {
            ComputationGraph generator = ModelSerializer.restoreComputationGraph(training.modelFile(ganRun).toFile(),
                    false);
            ComputationGraph judge = ModelSerializer.restoreComputationGraph(training.modelFile(judgeRun).toFile(),
                    false);
            long seed = training.snapshot(ganRun).hyperparameters().seed();
            return GanJudge.confidentShare(generator, judge, noiseSize, seed);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the models of runs " + ganRun + " and " + judgeRun, e);
        }
    }

    /** Waits for the run to end; past the timeout it is cancelled (and reported as cancelled) once. */
    private RunSummary await(long runId, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        boolean cancelled = false;
        while (true) {
            RunSummary run = training.find(runId).orElseThrow();
            if (run.status().isTerminal() && !training.isActive(runId)) {
                return run;
            }
            if (!cancelled && Instant.now().isAfter(deadline)) {
                training.cancel(runId);
                cancelled = true;
            }
            Thread.sleep(100);
        }
    }
}
