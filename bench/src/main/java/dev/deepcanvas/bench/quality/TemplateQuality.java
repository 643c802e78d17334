package dev.deepcanvas.backend.quality;

import dev.deepcanvas.backend.dataset.DatasetService;
import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.backend.results.GanResult;
import dev.deepcanvas.backend.results.RunResult;
import dev.deepcanvas.backend.results.RunResultsService;
import dev.deepcanvas.backend.training.IterationMetric;
import dev.deepcanvas.backend.training.MetricSeries;
import dev.deepcanvas.backend.training.RunLauncher;
import dev.deepcanvas.backend.training.RunOptions;
import dev.deepcanvas.backend.training.RunQueries;
import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.backend.training.gan.TrainedGenerator;
import dev.deepcanvas.graph.compile.GraphCompiler;
import dev.deepcanvas.templates.QualityBar;
import dev.deepcanvas.templates.Template;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.dataset.DataSet;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

/**
 * Trains a gallery template through the ordinary run service (the path a user's Train button takes) and measures
 * the figure its bar speaks of, on the held-out test part. The quality tests call it with shortened settings, the
 * bench with the template's defaults. A GAN is measured by its template judge together with that judge's
 * {@link NoiseBaseline}, and, when given one, by a {@link StrictJudge} too.
 */
@Service
public class TemplateQuality {

    private final RunLauncher launcher;
    private final RunQueries runs;
    private final RunResultsService results;
    private final DatasetService datasets;
    private final GraphCompiler compiler;

    public TemplateQuality(RunLauncher launcher, RunQueries runs, RunResultsService results, DatasetService datasets,
                           GraphCompiler compiler) {
        this.launcher = launcher;
        this.runs = runs;
        this.results = results;
        this.datasets = datasets;
        this.compiler = compiler;
    }

    /** {@link #measure(Template, RunOptions, Long, StrictJudge, Duration)} without a strict judge. */
    public Measurement measure(Template template, RunOptions options, Long judgeRun, Duration timeout)
            throws InterruptedException {
        return measure(template, options, judgeRun, null, timeout);
    }

    /**
     * @param options  changes to the template's training settings ({@link RunOptions#none()} for its defaults)
     * @param judgeRun for a GAN, a succeeded run of its judge template (a classifier of the same data); else null
     * @param strict   for a GAN, a strict judge of the same data to measure it by as well; else null. A template
     *                 whose bar the strict judge decides is not met without one.
     * @param timeout  how long to wait for the run before giving up on it (it is cancelled then)
     */
    public Measurement measure(Template template, RunOptions options, Long judgeRun, StrictJudge strict,
                               Duration timeout) throws InterruptedException {
        RunSummary run = launcher.start(new RunLauncher.StartRequest(null, null, template.document(),
                template.datasetId(), options));
        RunSummary done = await(run.id(), timeout);
        Duration time = done.startedAt() == null || done.finishedAt() == null ? Duration.ZERO
                : Duration.between(done.startedAt(), done.finishedAt());
        if (done.status() != RunState.SUCCEEDED) {
            return new Measurement(template.id(), run.id(), template.bar(), Double.NaN, Double.NaN, null,
                    template.strictJudge(), time, done.status() + ": " + done.message());
        }
        if (template.bar().metric() == QualityBar.Metric.CONFIDENT_SAMPLES) {
            return judgeGan(template, run.id(), judgeRun, strict, time);
        }
        double reached = reached(template.bar().metric(), run.id());
        return Measurement.plain(template.id(), run.id(), template.bar(), reached, time, null);
    }

    /**
     * Trains the strict judge of a classifier template on its dataset's training part and checks it on the test
     * part. It runs on the calling thread, outside the run service: it is a measuring instrument, not a user's run.
     */
    public StrictJudge trainStrictJudge(Template judgeTemplate) {
        PreparedDataset data = datasets.get(judgeTemplate.datasetId());
        DataSet train = data.train();
        Instant start = Instant.now();
        Judge judge = StrictJudgeTrainer.train(compiler, judgeTemplate.document(), train.getFeatures(), train.getLabels());
        Duration time = Duration.between(start, Instant.now());
        DataSet test = data.test();
        return new StrictJudge(judgeTemplate.id(), judge, HeldOutCheck.of(judge, test.getFeatures(),
                test.getLabels()), time);
    }

    private double reached(QualityBar.Metric metric, long runId) {
        RunResult result = results.find(runId).orElseThrow();
        return switch (metric) {
            case ACCURACY -> result.classification().accuracy();
            case R2 -> result.regression().r2();
            case SEQUENCE_MATCH -> result.sequence().sequenceAccuracy();
            case LOSS_DROP -> lossDrop(runs.metricSeries(runId));
            case CONFIDENT_SAMPLES -> throw new IllegalArgumentException("a GAN is measured by judgeGan");
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

    /**
     * The template judge's figure and its noise baseline, and the strict judge's where one is given. Both judges
     * see the same samples (drawn with the GAN run's seed) and the same noise pictures.
     */
    private Measurement judgeGan(Template template, long ganRun, Long judgeRun, StrictJudge strict, Duration time) {
        if (judgeRun == null) {
            throw new IllegalArgumentException("A GAN's samples need a trained classifier to judge them");
        }
        try {
            GanResult gan = results.find(ganRun).orElseThrow().gan();
            TrainedGenerator generator = TrainedGenerator.of(ModelSerializer.restoreComputationGraph(
                    runs.modelFile(ganRun).toFile(), false), template.document(), gan);
            Judge judge = Judge.plain(ModelSerializer.restoreComputationGraph(runs.modelFile(judgeRun).toFile(),
                    false));
            long seed = runs.snapshot(ganRun).hyperparameters().seed();
            DataSet real = datasets.get(template.datasetId()).train();
            NonExamplePictures format = new NonExamplePictures(real.getFeatures(), real.getLabels());
            double reached = GanJudge.confidentShare(generator, judge, seed);
            double onNoise = NoiseBaseline.of(judge, format);
            StrictFigures strictFigures = strict == null ? null
                    : new StrictFigures(GanJudge.confidentShare(generator, strict.judge(), seed),
                    NoiseBaseline.of(strict.judge(), format), strict.heldOut(), strict.trainingTime());
            return new Measurement(template.id(), ganRun, template.bar(), reached, onNoise, strictFigures,
                    template.strictJudge(), time, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the models of runs " + ganRun + " and " + judgeRun, e);
        }
    }

    /** Waits for the run to end; past the timeout it is cancelled (and reported as cancelled) once. */
    private RunSummary await(long runId, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        boolean cancelled = false;
        while (true) {
            RunSummary run = runs.find(runId).orElseThrow();
            if (run.status().isTerminal() && !runs.isActive(runId)) {
                return run;
            }
            if (!cancelled && Instant.now().isAfter(deadline)) {
                launcher.cancel(runId);
                cancelled = true;
            }
            Thread.sleep(100);
        }
    }
}
