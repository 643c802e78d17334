package dev.deepcanvas.bench.verify;

import dev.deepcanvas.backend.dataset.DatasetPart;
import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.backend.training.RunOptions;
import dev.deepcanvas.backend.training.gan.SampleGrid;
import dev.deepcanvas.backend.training.gan.TrainedGenerator;
import dev.deepcanvas.bench.quality.Baselines;
import dev.deepcanvas.bench.quality.GanFigures;
import dev.deepcanvas.bench.quality.GanInstrument;
import dev.deepcanvas.bench.quality.Measurement;
import dev.deepcanvas.bench.quality.StrictJudge;
import dev.deepcanvas.bench.quality.TemplateQuality;
import dev.deepcanvas.graph.analysis.Analysis;
import dev.deepcanvas.graph.analysis.GraphAnalyzer;
import dev.deepcanvas.graph.dl4j.TrainingSwitches;
import dev.deepcanvas.graph.dl4j.TrainingThreads;
import dev.deepcanvas.templates.QualityBar;
import dev.deepcanvas.templates.QualityBar.Metric;
import dev.deepcanvas.templates.Reference;
import dev.deepcanvas.templates.Template;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Trains gallery templates with their default settings (what a user's Train gives) through the run service and
 * measures every figure their bars speak of on the held-out part, with the baselines that make the figures
 * readable, and the picture a card shows (a GAN's samples, an autoencoder's reconstructions). A GAN is trained a
 * second time from {@link VerificationPlan#SECOND_SEED} when asked. The verification command records what this
 * measures; CI measures it again and compares.
 */
public final class GalleryVerification {

    /** Generous: a run slower than this on two cores is far beyond any template's purpose. */
    static final Duration TIMEOUT = Duration.ofMinutes(90);
    /**
     * Pictures on a card: five rows of ten, so that a conditional GAN's grid asks for every combination it knows once
     * where it knows up to 50 (the DCGAN: 5 shapes × 2 sizes × 5 colours, a colour per row).
     */
    static final int PICTURES = 50;
    static final int COLUMNS = 10;

    private final TemplateQuality quality;
    private final Map<String, Template> judges;
    private final Consumer<String> log;
    private final Map<String, StrictJudge> strictJudges = new HashMap<>();
    private final Map<String, GanInstrument> instruments = new HashMap<>();

    /**
     * @param judges the catalog's templates by id, for the GANs' judges
     * @param log    where progress lines go
     */
    public GalleryVerification(TemplateQuality quality, Map<String, Template> judges, Consumer<String> log) {
        this.quality = quality;
        this.judges = judges;
        this.log = log;
    }

    /**
     * What one template's verification measured.
     *
     * @param runs       its trainings, the default seed first
     * @param references baselines measured with the same instrument
     * @param picture    a PNG for its card, or null
     * @param load       the one-minute load average when it started
     */
    public record Verified(Template template, List<Measurement> runs, List<Reference> references, byte[] picture,
                           double load) {

        /** Whether every run succeeded. */
        public boolean succeeded() {
            return runs.stream().allMatch(m -> m.note() == null);
        }
    }

    /**
     * Makes every run of this process step one fixed way: every core it is granted, without first timing one thread
     * against it. Call before training anything to verify. Why: a run that times the two ways keeps the faster, and
     * which is faster on a given day depends on the machine's load; the two add a batch's gradients in a different
     * order, so the figures would differ in their last bits from one verification to the next, and a GAN's or a
     * small test set's by more than the tolerance on the recording processor ({@link Agreement}). Users' runs keep
     * the timing: the figures it changes lie within the spread between training seeds that the record shows.
     */
    public static void stepOneFixedWay() {
        System.setProperty(TrainingThreads.MEASURE, "false");
    }

    /** @param secondSeed whether a GAN is trained from the second seed too */
    public Verified verify(Template template, boolean secondSeed) throws InterruptedException {
        if (TrainingSwitches.isOn(TrainingThreads.MEASURE)) {
            throw new IllegalStateException("Call GalleryVerification.stepOneFixedWay() before verifying: a run "
                    + "that times its ways of using the cores cannot be measured again exactly");
        }
        double load = Machine.load();
        if (template.judgeId() != null) {
            return verifyGan(template, secondSeed, load);
        }
        log.accept("training " + template.id() + " with its defaults …");
        Measurement run = quality.measure(template, RunOptions.none(), TIMEOUT);
        if (run.note() == null) {
            log.accept(template.id() + ": held-out " + quality.epochFigures(run.runId()).stream()
                    .map(f -> f == null ? "—" : String.format(java.util.Locale.ROOT, "%.4f", f)).toList()
                    + " by epoch (as its chart shows them), trained in " + run.time().toSeconds() + " s");
        }
        List<Reference> references = references(template);
        byte[] picture = run.note() == null && template.headline().metric() == Metric.RECONSTRUCTION_ERROR
                ? reconstructions(template, run.runId()) : null;
        return new Verified(template, List.of(run), references, picture, load);
    }

    private Verified verifyGan(Template template, boolean secondSeed, double load) throws InterruptedException {
        GanInstrument instrument = instrument(template);
        log.accept("training " + template.id() + " with its defaults …");
        Measurement first = quality.measureGan(template, RunOptions.none(), instrument, TIMEOUT);
        List<Measurement> runs = new ArrayList<>(List.of(first));
        if (secondSeed) {
            log.accept("training " + template.id() + " with its defaults from seed " + VerificationPlan.SECOND_SEED
                    + " …");
            runs.add(quality.measureGan(template, RunOptions.none().withSeed(VerificationPlan.SECOND_SEED),
                    instrument, TIMEOUT));
        }
        byte[] picture = first.note() == null ? samples(template, first.runId()) : null;
        return new Verified(template, runs, ganReferences(template, instrument), picture, load);
    }

    /** The instrument of a GAN's data, built once per judge and data set (training the strict judge first). */
    public GanInstrument instrument(Template gan) {
        String key = gan.judgeId() + "/" + gan.datasetId();
        GanInstrument known = instruments.get(key);
        if (known != null) {
            return known;
        }
        StrictJudge strict = strictJudges.computeIfAbsent(gan.judgeId(), id -> {
            log.accept("training the strict judge of " + id + " …");
            StrictJudge trained = quality.trainStrictJudge(judges.get(id));
            log.accept(String.format(java.util.Locale.ROOT, "strict judge of %s: trained in %d s, held-out accuracy "
                            + "%.1f%%, accepts %.1f%% of real held-out pictures and %.1f%% of held-out non-examples",
                    id, trained.trainingTime().toSeconds(), 100 * trained.heldOut().accuracy(),
                    100 * trained.heldOut().realAccepted(), 100 * trained.heldOut().nonExamplesAccepted()));
            return trained;
        });
        GanInstrument instrument = quality.instrument(gan, strict);
        instruments.put(key, instrument);
        return instrument;
    }

    /** The strict judges trained so far, by judge template. */
    public Map<String, StrictJudge> strictJudges() {
        return Map.copyOf(strictJudges);
    }

    private List<Reference> ganReferences(Template gan, GanInstrument instrument) {
        boolean conditional = gan.bars().stream().anyMatch(b -> b.metric() == Metric.ACCEPTED_AS_ASKED);
        List<Reference> references = new ArrayList<>();
        for (Map.Entry<String, GanFigures> set : instrument.references(conditional).entrySet()) {
            references.add(new Reference(set.getKey(), TemplateQuality.ganFigures(set.getValue(), conditional)));
        }
        return references;
    }

    /** Baselines for the template's headline metric, learnt from the training part, measured on the test part. */
    private List<Reference> references(Template template) {
        PreparedDataset data = quality.dataset(template);
        return switch (template.headline().metric()) {
            case ACCURACY -> List.of(new Reference("always the most frequent class",
                    Map.of(Metric.ACCURACY, Baselines.mostFrequentClass(data))));
            case CHARACTER_ACCURACY -> {
                double[] next = Baselines.nextCharacter(data);
                yield List.of(new Reference("always the most frequent character",
                                Map.of(Metric.CHARACTER_ACCURACY, next[0])),
                        new Reference("the likeliest character after the one before (counted in the training text)",
                                Map.of(Metric.CHARACTER_ACCURACY, next[1])));
            }
            case RECONSTRUCTION_ERROR -> {
                int code = narrowest(template);
                yield List.of(new Reference("always the mean training picture",
                                Map.of(Metric.RECONSTRUCTION_ERROR, 1.0)),
                        new Reference("the best linear code of " + code + " numbers (principal components)",
                                Map.of(Metric.RECONSTRUCTION_ERROR, Baselines.linearCode(data, code))));
            }
            default -> List.of();
        };
    }

    /** The size of the graph's narrowest layer: an autoencoder's code. */
    private static int narrowest(Template template) {
        Analysis analysis = new GraphAnalyzer().analyze(template.document());
        return template.document().nodes().stream()
                .map(n -> analysis.shapeOf(n.id()))
                .filter(s -> s != null)
                .mapToInt(s -> (int) s.elementCount())
                .min().orElseThrow();
    }

    /** The first {@value #PICTURES} of the measured samples (a conditional GAN's columns ask for the classes in turn). */
    private byte[] samples(Template template, long runId) {
        TrainedGenerator generator = quality.generator(template, runId);
        INDArray samples = generator.draw(GanInstrument.SAMPLES, TemplateQuality.SAMPLE_SEED);
        return SampleGrid.png(samples.get(NDArrayIndex.interval(0, PICTURES)), COLUMNS);
    }

    /** Held-out pictures (top row) above what the autoencoder gives back for them (bottom row). */
    private byte[] reconstructions(Template template, long runId) {
        INDArray pictures = quality.dataset(template).part(DatasetPart.TEST).orElseThrow().features().get(0)
                .get(NDArrayIndex.interval(0, COLUMNS));
        ComputationGraph model = quality.model(runId);
        INDArray rebuilt = model.outputSingle(false, pictures.castTo(model.params().dataType()));
        return SampleGrid.png(Nd4j.concat(0, pictures.castTo(rebuilt.dataType()), rebuilt), COLUMNS);
    }

    /** Whether a reference set meets every bar (a degenerate generator must not). */
    public static boolean meetsAll(List<QualityBar> bars, Reference reference) {
        return bars.stream().allMatch(bar -> {
            Double value = reference.figures().get(bar.metric());
            return value != null && bar.isMet(value);
        });
    }
}
