package dev.deepcanvas.bench.quality;

import dev.deepcanvas.backend.dataset.DatasetService;
import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.backend.results.GanResult;
import dev.deepcanvas.backend.results.RunResult;
import dev.deepcanvas.backend.results.RunResultsService;
import dev.deepcanvas.backend.training.EpochMetric;
import dev.deepcanvas.backend.training.RunLauncher;
import dev.deepcanvas.backend.training.RunOptions;
import dev.deepcanvas.backend.training.RunQueries;
import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.backend.training.gan.TrainedGenerator;
import dev.deepcanvas.graph.compile.GraphCompiler;
import dev.deepcanvas.templates.QualityBar.Metric;
import dev.deepcanvas.templates.Template;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.springframework.stereotype.Service;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Trains a gallery template through the ordinary run service (the path a user's Train button takes) and measures
 * the figures its bars speak of, on the held-out test part. A GAN's samples are measured by the
 * {@link GanInstrument} of its data, built around the strict judge.
 */
@Service
public class TemplateQuality {

    /**
     * The noise a GAN's measured samples are drawn from: fixed, and distinct from the training seeds and from the
     * development bench's noise ({@code bench/gan-dev.sh}), so that designs are never chosen on these samples.
     */
    public static final long SAMPLE_SEED = 27_182_818L;

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

    /**
     * Trains and measures a template that is not a GAN.
     *
     * @param options changes to the template's training settings ({@link RunOptions#none()} for its defaults)
     * @param timeout how long to wait for the run before giving up on it (it is cancelled then)
     */
    public Measurement measure(Template template, RunOptions options, Duration timeout) throws InterruptedException {
        if (template.judgeId() != null) {
            throw new IllegalArgumentException(template.id() + " is a GAN: measure it with its instrument");
        }
        Trained run = train(template, options, timeout);
        if (run.note() != null) {
            return Measurement.failed(template.id(), run.id(), run.seed(), run.time(), run.note());
        }
        RunResult result = results.find(run.id()).orElseThrow();
        Map<Metric, Double> figures = new EnumMap<>(Metric.class);
        for (var bar : template.bars()) {
            figures.put(bar.metric(), figure(bar.metric(), result));
        }
        return new Measurement(template.id(), run.id(), run.seed(), run.time(), figures, Map.of(), null);
    }

    /**
     * Trains a GAN template and measures {@value GanInstrument#SAMPLES} samples of its generator, drawn from
     * {@link #SAMPLE_SEED}, with the instrument of its data.
     */
    public Measurement measureGan(Template template, RunOptions options, GanInstrument instrument, Duration timeout)
            throws InterruptedException {
        Trained run = train(template, options, timeout);
        if (run.note() != null) {
            return Measurement.failed(template.id(), run.id(), run.seed(), run.time(), run.note());
        }
        TrainedGenerator generator = generator(template, run.id());
        INDArray samples = generator.draw(GanInstrument.SAMPLES, SAMPLE_SEED);
        GanFigures figures = instrument.measure(samples, generator.askedFor(GanInstrument.SAMPLES));
        return new Measurement(template.id(), run.id(), run.seed(), run.time(), ganFigures(figures,
                generator.classes() > 0), breakdown(figures, instrument), null);
    }

    /** The figures of a GAN's (or a reference set's) pictures, under the metrics its bars use. */
    public static Map<Metric, Double> ganFigures(GanFigures f, boolean conditional) {
        Map<Metric, Double> figures = new EnumMap<>(Metric.class);
        figures.put(conditional ? Metric.ACCEPTED_AS_ASKED : Metric.ACCEPTED, f.accepted());
        figures.put(Metric.CLASS_COVERAGE, f.classCoverage());
        if (!f.perColour().isEmpty()) {
            figures.put(Metric.COLOUR_COVERAGE, f.colourCoverage());
        }
        figures.put(Metric.FRECHET_DISTANCE, f.frechet());
        return figures;
    }

    static Map<String, Double> breakdown(GanFigures f, GanInstrument instrument) {
        Map<String, Double> breakdown = new LinkedHashMap<>();
        for (int c = 0; c < f.perClass().size(); c++) {
            breakdown.put("accepted as " + instrument.classNames().get(c), f.perClass().get(c));
        }
        for (int c = 0; c < f.perColour().size(); c++) {
            breakdown.put("drawn in " + instrument.colourNames().get(c), f.perColour().get(c));
        }
        return breakdown;
    }

    /** The generator a GAN run saved, ready to draw. */
    public TrainedGenerator generator(Template template, long runId) {
        try {
            GanResult gan = results.find(runId).orElseThrow().gan();
            return TrainedGenerator.of(ModelSerializer.restoreComputationGraph(runs.modelFile(runId).toFile(),
                    false), template.document(), gan);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the generator of run " + runId, e);
        }
    }

    /** The held-out figure after each epoch of a run, as its charts show it (for seeing where it levels off). */
    public List<Double> epochFigures(long runId) {
        return runs.metrics(runId).stream().map(EpochMetric::validationMetric).toList();
    }

    /** The network a succeeded run saved (for a GAN, its generator). */
    public ComputationGraph model(long runId) {
        try {
            return ModelSerializer.restoreComputationGraph(runs.modelFile(runId).toFile(), false);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read the model of run " + runId, e);
        }
    }

    /** The measuring instrument of a GAN's data around the strict judge of its judge template. */
    public GanInstrument instrument(Template gan, StrictJudge strict) {
        return GanInstrument.of(strict.judge(), datasets.get(gan.datasetId()));
    }

    /**
     * Trains the strict judge of a classifier template on its dataset's training part and checks it on the test
     * part. It runs on the calling thread, outside the run service: it is a measuring instrument, not a user's run.
     */
    public StrictJudge trainStrictJudge(Template judgeTemplate) {
        PreparedDataset data = datasets.get(judgeTemplate.datasetId());
        DataSet train = data.train();
        Instant start = Instant.now();
        Judge judge = StrictJudgeTrainer.train(compiler, judgeTemplate.document(), train.getFeatures(),
                train.getLabels());
        Duration time = Duration.between(start, Instant.now());
        DataSet test = data.test();
        return new StrictJudge(judgeTemplate.id(), judge, HeldOutCheck.of(judge, test.getFeatures(),
                test.getLabels()), time);
    }

    public PreparedDataset dataset(Template template) {
        return datasets.get(template.datasetId());
    }

    /** The succeeded run's result, for what a figure alone does not show (generated text, reconstructions). */
    public RunResult result(long runId) {
        return results.find(runId).orElseThrow();
    }

    private static double figure(Metric metric, RunResult result) {
        return switch (metric) {
            case ACCURACY -> result.classification().accuracy();
            case R2 -> result.regression().r2();
            case SEQUENCE_MATCH -> result.sequence().sequenceAccuracy();
            case CHARACTER_ACCURACY -> result.sequence().tokenAccuracy();
            case RECONSTRUCTION_ERROR -> result.reconstruction().errorShare();
            case ACCEPTED, ACCEPTED_AS_ASKED, CLASS_COVERAGE, COLOUR_COVERAGE, FRECHET_DISTANCE ->
                    throw new IllegalArgumentException(metric + " is a GAN's figure");
        };
    }

    /** A finished run: its id, seed and time, and why it has no figures (null when it succeeded). */
    private record Trained(long id, long seed, Duration time, String note) {
    }

    private Trained train(Template template, RunOptions options, Duration timeout) throws InterruptedException {
        RunSummary run = launcher.start(new RunLauncher.StartRequest(null, null, template.document(),
                template.datasetId(), options));
        RunSummary done = await(run.id(), timeout);
        Duration time = done.startedAt() == null || done.finishedAt() == null ? Duration.ZERO
                : Duration.between(done.startedAt(), done.finishedAt());
        long seed = runs.snapshot(run.id()).hyperparameters().seed();
        String note = done.status() == RunState.SUCCEEDED ? null : done.status() + ": " + done.message();
        return new Trained(run.id(), seed, time, note);
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
