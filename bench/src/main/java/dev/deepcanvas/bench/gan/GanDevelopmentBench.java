package dev.deepcanvas.bench.gan;

import dev.deepcanvas.backend.dataset.DatasetPart;
import dev.deepcanvas.backend.dataset.DatasetService;
import dev.deepcanvas.backend.dataset.DatasetSplit;
import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.bench.quality.GanInstrument;
import dev.deepcanvas.bench.quality.Judge;
import dev.deepcanvas.backend.results.GanEpoch;
import dev.deepcanvas.backend.results.GanResult;
import dev.deepcanvas.backend.results.RunResultsService;
import dev.deepcanvas.backend.training.RunLauncher;
import dev.deepcanvas.backend.training.RunQueries;
import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.backend.training.gan.GanArrays;
import dev.deepcanvas.backend.training.gan.SampleGrid;
import dev.deepcanvas.backend.training.gan.GanCondition;
import dev.deepcanvas.backend.training.gan.TrainedGenerator;
import dev.deepcanvas.backend.training.run.RunFiles;
import dev.deepcanvas.bench.BenchContext;
import dev.deepcanvas.graph.analysis.GanBlocks;
import dev.deepcanvas.graph.compile.GraphCompiler;
import dev.deepcanvas.graph.dl4j.NativeBackend;
import dev.deepcanvas.templates.TemplateCatalog;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Trains one GAN design and scores it for development, never on the bar's own measurement: its samples are drawn
 * from another noise seed than the bar's (500, not 100, so that a few samples do not decide) and judged by a
 * {@link DevelopmentJudge}, the bar's strict judge trained from another seed. Prints the per-epoch game (both
 * losses, the discriminator's accuracy on real and on generated samples), the share of samples accepted and how they
 * spread over the classes, writes a grid of the first 100 samples, and shows what the trained discriminator calls
 * real ({@link DiscriminatorView}). Usage: {@link GanCandidate#USAGE}.
 */
public final class GanDevelopmentBench {

    static final long NOISE_SEED = DevelopmentScore.NOISE_SEED;
    static final int SAMPLES = GanInstrument.SAMPLES;
    static final Path OUTPUT = Path.of("bench", "target", "gan-dev");

    private GanDevelopmentBench() {
    }

    public static void main(String[] args) throws Exception {
        // Set up the native back end before any network exists, as the application does at start.
        NativeBackend.configure();
        TemplateCatalog catalog = TemplateCatalog.load();
        if (args.length > 0 && args[0].equals("--score")) {
            scoreKept(catalog, args);
            return;
        }
        GanCandidate candidate;
        try {
            candidate = GanCandidate.parse(catalog, args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        boolean succeeded;
        try (BenchContext bench = BenchContext.start("deepcanvas-gan-dev")) {
            succeeded = developOne(bench, catalog, candidate);
        }
        if (!succeeded) {
            System.exit(1);
        }
    }

    /**
     * {@code --score <gan-template-id> <generator.zip> [graph.json]}: the development figures of a generator kept by
     * an earlier run, without training it again (the graph file when it was a changed copy of the template).
     */
    private static void scoreKept(TemplateCatalog catalog, String[] args) throws Exception {
        if (args.length < 3) {
            System.err.println("usage: bench/gan-dev.sh --score <gan-template-id> <generator.zip> [graph.json]");
            System.exit(2);
        }
        GanCandidate candidate = GanCandidate.parse(catalog, args.length > 3 ? new String[]{args[1], args[3]}
                : new String[]{args[1]});
        try (BenchContext bench = BenchContext.start("deepcanvas-gan-dev")) {
            PreparedDataset data = bench.bean(DatasetService.class).get(candidate.template().datasetId());
            Judge judge = DevelopmentJudge.load(bench.bean(GraphCompiler.class),
                    catalog.find(candidate.template().judgeId()).orElseThrow(), data.train(), OUTPUT);
            GanBlocks blocks = GanBlocks.find(candidate.document()).blocks();
            TrainedGenerator generator = new TrainedGenerator(ModelSerializer.restoreComputationGraph(
                    Path.of(args[2]).toFile(), false), blocks, GanCandidate.noiseSize(candidate.document()),
                    GanCondition.of(candidate.document(), blocks, data.descriptor()));
            String label = Path.of(args[2]).getFileName().toString().replaceFirst("-generator\\.zip$", "");
            DevelopmentScore.print(label + "-scored", GanInstrument.of(judge, data), generator, heldOut(data), OUTPUT);
        }
    }

    /** The test part's pictures: never trained on, by the judge or the GAN. */
    private static INDArray heldOut(PreparedDataset data) {
        return data.part(DatasetPart.TEST).orElseThrow().features().get(0);
    }

    /** @return false when the run did not succeed (its status and message are printed) */
    private static boolean developOne(BenchContext bench, TemplateCatalog catalog, GanCandidate candidate)
            throws Exception {
        PreparedDataset data = bench.bean(DatasetService.class).get(candidate.template().datasetId());
        DataSet train = data.train();
        Judge judge = DevelopmentJudge.load(bench.bean(GraphCompiler.class),
                catalog.find(candidate.template().judgeId()).orElseThrow(), train, OUTPUT);
        RunLauncher launcher = bench.bean(RunLauncher.class);
        RunQueries queries = bench.bean(RunQueries.class);
        System.out.println("training " + candidate.label() + " …");
        Instant start = Instant.now();
        RunSummary done = await(queries, launcher.start(new RunLauncher.StartRequest(null, null,
                candidate.document(), candidate.template().datasetId(), candidate.options())).id());
        Duration time = Duration.between(start, Instant.now());
        if (done.status() != RunState.SUCCEEDED) {
            System.out.println(candidate.label() + ": the run ended " + done.status() + ": " + done.message());
            return false;
        }
        GanResult result = bench.bean(RunResultsService.class).find(done.id()).orElseThrow().gan();
        System.out.println("epoch | D loss | G loss | D right on real | D right on generated");
        for (GanEpoch e : result.epochs()) {
            System.out.printf("%5d | %6.3f | %6.3f | %14.0f%% | %19.0f%%%n", e.epoch(), e.discriminatorLoss(),
                    e.generatorLoss(), 100 * e.accuracyReal(), 100 * e.accuracyFake());
        }
        // kept beside the grid, so that a trained design can be looked at again without training it again
        Files.createDirectories(OUTPUT);
        Path kept = OUTPUT.resolve(candidate.label() + "-generator.zip");
        Files.copy(queries.modelFile(done.id()), kept, StandardCopyOption.REPLACE_EXISTING);
        TrainedGenerator generator = TrainedGenerator.of(ModelSerializer.restoreComputationGraph(kept.toFile(),
                false), candidate.document(), result);
        System.out.printf("%s: trained in %d min %02d s%n", candidate.label(), time.toMinutes(),
                time.toSecondsPart());
        DevelopmentScore.print(candidate.label(), GanInstrument.of(judge, data), generator, heldOut(data),
                OUTPUT);
        INDArray samples = generator.draw(SAMPLES, NOISE_SEED);
        INDArray asked = generator.askedFor(SAMPLES);
        Path keptDiscriminator = OUTPUT.resolve(candidate.label() + "-discriminator.zip");
        Files.copy(bench.bean(RunFiles.class).discriminator(done.id()), keptDiscriminator,
                StandardCopyOption.REPLACE_EXISTING);
        showDiscriminator(new Verdicts(ModelSerializer.restoreComputationGraph(keptDiscriminator.toFile(), false),
                generator.blocks()), data, samples, asked);
        return true;
    }

    /**
     * What the trained discriminator calls real: training pictures against held-out ones (a gap means it has
     * memorised), generated ones, and held-out ones by caption word (what it judges by).
     */
    private static void showDiscriminator(Verdicts discriminator, PreparedDataset data, INDArray samples,
                                          INDArray asked) {
        DataSet train = data.train();
        List<DiscriminatorView.Row> rows = new ArrayList<>();
        int n = (int) Math.min(SAMPLES, train.getFeatures().size(0));
        rows.add(DiscriminatorView.row("training", discriminator.of(
                train.getFeatures().get(NDArrayIndex.interval(0, n)),
                train.getLabels().get(NDArrayIndex.interval(0, n)))));
        DatasetSplit heldOut = data.part(DatasetPart.VALIDATION).orElse(null);
        INDArray heldOutVerdicts = null;
        if (heldOut != null) {
            heldOutVerdicts = discriminator.of(heldOut.features().get(0), heldOut.labels().get(0));
            rows.add(DiscriminatorView.row("held-out", heldOutVerdicts));
        }
        rows.add(DiscriminatorView.row("generated", discriminator.of(samples, asked)));
        System.out.println("what the discriminator calls real:");
        System.out.println(DiscriminatorView.HEADER);
        rows.forEach(System.out::println);
        if (heldOut != null && !heldOut.texts().isEmpty()) {
            System.out.println("held-out pictures by caption word:");
            DiscriminatorView.byCaptionWord(heldOutVerdicts, heldOut.texts()).forEach(System.out::println);
        }
    }

    /** A trained discriminator's verdicts; a conditional one is told the class each picture claims. */
    private record Verdicts(ComputationGraph net, GanBlocks blocks) {
        INDArray of(INDArray pictures, INDArray classes) {
            return GanArrays.verdicts(net.getConfiguration().getNetworkOutputs(), blocks, net.output(false,
                    GanArrays.discriminator(net.getConfiguration().getNetworkInputs(), blocks, pictures, classes)));
        }
    }

    private static RunSummary await(RunQueries queries, long runId) throws InterruptedException {
        while (true) {
            RunSummary run = queries.find(runId).orElseThrow();
            if (run.status().isTerminal() && !queries.isActive(runId)) {
                return run;
            }
            Thread.sleep(500);
        }
    }
}
