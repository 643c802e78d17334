package dev.deepcanvas.backend.inside;

import dev.deepcanvas.backend.ServiceTest;
import dev.deepcanvas.backend.account.AccountPrincipal;
import dev.deepcanvas.backend.account.AccountService;
import dev.deepcanvas.backend.account.SignedIn;
import dev.deepcanvas.backend.dataset.DatasetAttribute;
import dev.deepcanvas.backend.dataset.DatasetService;
import dev.deepcanvas.backend.dataset.builtin.MnistDataset;
import dev.deepcanvas.backend.dataset.builtin.ShapesDataset;
import dev.deepcanvas.backend.training.RunLauncher;
import dev.deepcanvas.backend.training.RunOptions;
import dev.deepcanvas.backend.training.RunQueries;
import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.backend.training.Runs;
import dev.deepcanvas.backend.training.gan.GanArrays;
import dev.deepcanvas.db.run.RunEntity;
import dev.deepcanvas.db.run.RunRepository;
import dev.deepcanvas.db.run.RunStatus;
import dev.deepcanvas.graph.analysis.GanBlocks;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphJson;
import dev.deepcanvas.templates.TemplateCatalog;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;
import org.springframework.beans.factory.annotation.Autowired;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The GAN views of the Inside section on short real runs: every picture is the saved generator's own output for
 * the noise of the seeds shown (and the chosen class's one-hot), compared with a generator restored separately and
 * fed by the trainer's own input arrangement.
 */
class GanInsideServiceTest extends ServiceTest {

    private static final int SMALL = 0;
    private static final int LARGE = 1;
    private static final int GREEN = 1;
    private static final int WHITE = 4;
    /** The condition: 5 shapes, then 2 sizes, then 5 colours; where the sizes and the colours start. */
    private static final int WIDTH = 12;
    private static final int FIRST_SIZE = 5;
    private static final int FIRST_COLOUR = 7;

    @Autowired
    GanInsideService gan;
    @Autowired
    GanGenerators generators;
    @Autowired
    RunLauncher launcher;
    @Autowired
    RunQueries queries;
    @Autowired
    RunRepository runRepository;
    @Autowired
    DatasetService datasets;
    @Autowired
    TemplateCatalog templates;
    @Autowired
    AccountService accounts;
    @Autowired
    Runs helper;

    @Test
    void aConditionalGansStripSheetAndLayersAreItsOwnPicturesOfTheChosenShapeSizeAndColour() throws Exception {
        AccountPrincipal owner = SignedIn.newAccount(accounts, "gan-owner");
        SignedIn.as(owner);
        // The gallery's DCGAN, narrowed so that one short epoch trains in seconds: noise, shape, size, colour → dense
        // → 8×8 grid → two transposed convolutions → a 3×3 convolution at full size → a 32×32 colour picture.
        GraphDocument dcgan = templates.find("dcgan-shapes").orElseThrow().document()
                .withParam("g1", "units", 8 * 8 * 4).withParam("grid", "shape", List.of(8, 8, 4))
                .withParam("up1", "filters", 8).withParam("up2", "filters", 8).withParam("d1", "filters", 8)
                .withParam("d2", "filters", 8);
        RunSummary run = launcher.start(new RunLauncher.StartRequest(null, null, dcgan, ShapesDataset.ID,
                RunOptions.none().withEpochs(1).withBatchSize(200)));
        RunSummary done = helper.awaitTerminal(run.id(), Duration.ofMinutes(5));
        assertThat(done.status()).as(done.message()).isEqualTo(RunState.SUCCEEDED);
        List<String> shapes = datasets.get(ShapesDataset.ID).classNames();

        GeneratorFacts facts = gan.facts(run.id());
        assertThat(facts.conditional()).isTrue();
        assertThat(facts.noiseSize()).isEqualTo(64);
        assertThat(facts.classNames()).isEqualTo(shapes).hasSize(5);
        assertThat(facts.attributes()).extracting(DatasetAttribute::name).containsExactly("size", "colour");
        assertThat(facts.attributes().get(1).values()).containsExactly("red", "green", "blue", "yellow", "white");

        ComputationGraph plain = ModelSerializer.restoreComputationGraph(queries.modelFile(run.id()).toFile(), false);
        GanBlocks blocks = GanBlocks.find(dcgan).blocks();
        NoiseInterpolation strip = gan.interpolate(run.id(), 11, 12, 2, List.of(LARGE, GREEN));
        assertThat(strip.className()).isEqualTo("large green " + shapes.get(2));
        assertThat(strip.fractions()).hasSize(GanInsideService.STEPS).startsWith(0.0).endsWith(1.0);
        GeneratedPictures pictures = strip.pictures();
        assertThat(List.of(pictures.count(), pictures.channels(), pictures.height(), pictures.width()))
                .containsExactly(GanInsideService.STEPS, 3, 32, 32);
        INDArray ends = output(plain, blocks, new float[][]{SeededNoise.vector(11, 64), SeededNoise.vector(12, 64)},
                WIDTH, 2, FIRST_SIZE + LARGE, FIRST_COLOUR + GREEN);
        assertSamePicture(pictures, 0, ends, 0);
        assertSamePicture(pictures, GanInsideService.STEPS - 1, ends, 1);
        assertThat(pictures.values().get(4)).as("half-way is neither end")
                .isNotEqualTo(pictures.values().get(0)).isNotEqualTo(pictures.values().get(8));
        assertThat(gan.interpolate(run.id(), 11, 12, 2, List.of(LARGE, GREEN)).pictures().values().get(4))
                .as("the same seeds draw the same pictures").isEqualTo(pictures.values().get(4));
        BufferedImage png = ImageIO.read(new ByteArrayInputStream(pictures.png(0)));
        assertThat(List.of(png.getWidth(), png.getHeight())).containsExactly(32, 32);
        int red = (png.getRGB(5, 7) >> 16) & 0xff;
        assertThat(red).isCloseTo(level(pictures, pictures.value(0, 0, 7, 5)), within(1));

        // The sheet is asked for the chosen shape, size and colour: the generator's output with their one-hots, and
        // not with another shape's, size's or colour's.
        ClassSamples circles = gan.samples(run.id(), 3, List.of(SMALL, WHITE), 5);
        assertThat(circles.className()).isEqualTo("small white " + shapes.get(3));
        assertThat(circles.pictures().count()).isEqualTo(GanInsideService.SAMPLES);
        float[][] noise = SeededNoise.rows(5, GanInsideService.SAMPLES, 64);
        INDArray asked = output(plain, blocks, noise, WIDTH, 3, FIRST_SIZE + SMALL, FIRST_COLOUR + WHITE);
        INDArray other = output(plain, blocks, noise, WIDTH, 4, FIRST_SIZE + SMALL, FIRST_COLOUR + WHITE);
        INDArray otherSize = output(plain, blocks, noise, WIDTH, 3, FIRST_SIZE + LARGE, FIRST_COLOUR + WHITE);
        INDArray otherColour = output(plain, blocks, noise, WIDTH, 3, FIRST_SIZE + SMALL, FIRST_COLOUR + GREEN);
        for (int i = 0; i < GanInsideService.SAMPLES; i++) {
            assertSamePicture(circles.pictures(), i, asked, i);
        }
        assertThat(maxDifference(circles.pictures(), 0, other, 0)).as("class 4's one-hot draws another picture")
                .isGreaterThan(1e-3);
        assertThat(maxDifference(circles.pictures(), 0, otherSize, 0)).as("large's one-hot draws another picture")
                .isGreaterThan(1e-3);
        assertThat(maxDifference(circles.pictures(), 0, otherColour, 0)).as("green's one-hot draws another picture")
                .isGreaterThan(1e-3);
        assertThat(gan.samples(run.id(), 4, List.of(SMALL, WHITE), 5).pictures().values().get(0)).isNotEqualTo(
                circles.pictures().values().get(0));

        // Inside the generator, for the noise half-way along the strip: DL4J's own forward pass, layer by layer.
        GeneratorLayers layers = gan.layers(run.id(), 11, 12, 4, 2, List.of(LARGE, GREEN));
        assertThat(layers.fraction()).isEqualTo(0.5);
        assertThat(layers.layers()).extracting(LayerActivations::nodeId).containsExactly("noise", "shape", "join",
                "g1", "gn1", "ga1", "grid", "up1", "gn2", "ga2", "up2", "gn3", "ga3", "picture");
        assertThat(layers.layers()).extracting(LayerActivations::kind).containsExactly(LayerKind.UNITS,
                LayerKind.UNITS, LayerKind.UNITS, LayerKind.UNITS, LayerKind.UNITS, LayerKind.UNITS,
                LayerKind.FEATURE_MAPS, LayerKind.FEATURE_MAPS, LayerKind.FEATURE_MAPS, LayerKind.FEATURE_MAPS,
                LayerKind.FEATURE_MAPS, LayerKind.FEATURE_MAPS, LayerKind.FEATURE_MAPS, LayerKind.FEATURE_MAPS);
        assertThat(layers.layers().get(1).units()).containsExactly(0.0, 0.0, 1.0, 0.0, 0.0, 0.0, 1.0, 0.0, 1.0, 0.0,
                0.0, 0.0);
        float[] halfWay = NoisePath.between(SeededNoise.vector(11, 64), SeededNoise.vector(12, 64),
                GanInsideService.STEPS)[4];
        INDArray[] halfWayInputs = inputs(plain, blocks, new float[][]{halfWay}, WIDTH, 2, FIRST_SIZE + LARGE,
                FIRST_COLOUR + GREEN);
        // Each layer against DL4J's feedForward stopped at that layer: the activation layer after it, which works
        // in place, has not run yet to overwrite it.
        for (LayerActivations layer : layers.layers()) {
            int index = layerIndex(plain, layer.nodeId());
            if (index < 0) {
                continue; // inputs, Concatenate and Reshape are vertices, not layers
            }
            INDArray expected = plain.feedForward(halfWayInputs, index, false).get(layer.nodeId());
            assertThat(expected.length()).isPositive();
            if (layer.kind() == LayerKind.UNITS) {
                for (int u = 0; u < layer.units().size(); u++) {
                    assertThat(layer.units().get(u)).as("%s unit %d", layer.nodeId(), u)
                            .isCloseTo(expected.getDouble(0, u), within(1e-6));
                }
                continue;
            }
            for (FeatureMap map : layer.maps()) {
                for (int y = 0; y < map.height(); y++) {
                    for (int x = 0; x < map.width(); x++) {
                        assertThat((double) map.value(y, x)).as("%s channel %d (%d,%d)", layer.nodeId(),
                                map.channel(), y, x).isCloseTo(expected.getDouble(0, map.channel(), y, x),
                                within(1e-6));
                    }
                }
            }
        }
        assertThat(layers.layers().get(7).shape()).containsExactly(8L, 16L, 16L);
        assertThat(layers.layers().get(8).low()).as("gn2, a batch norm, before the ReLU after it").isNegative();
        assertThat(layers.layers().get(9).low()).as("ga2, that ReLU").isCloseTo(0.0, within(1e-12));
        assertThat(layers.layers().get(10).shape()).as("up2, at full size").containsExactly(8L, 32L, 32L);
        LayerActivations picture = layers.layers().get(13);
        assertThat(picture.nodeId()).isEqualTo("picture");
        for (int c = 0; c < 3; c++) {
            for (int y = 0; y < 32; y++) {
                for (int x = 0; x < 32; x++) {
                    assertThat((double) picture.maps().get(c).value(y, x)).as("the strip's picture 4, %d (%d,%d)",
                            c, y, x).isCloseTo(pictures.value(4, c, y, x), within(1e-6));
                }
            }
        }

        assertThatThrownBy(() -> gan.samples(run.id(), 5, List.of(0, 0), 1)).isInstanceOf(InsideRejectedException.class)
                .hasMessage("Class 5 does not exist: choose 0 to 4 (" + String.join(", ", shapes) + ").");
        assertThatThrownBy(() -> gan.interpolate(run.id(), 1, 2, null)).isInstanceOf(InsideRejectedException.class)
                .hasMessage("The generator of run #" + run.id() + " draws the class it is asked for: choose one of "
                        + "its 5 classes.");
        assertThatThrownBy(() -> gan.samples(run.id(), 0, List.of(0, 5), 1))
                .isInstanceOf(InsideRejectedException.class)
                .hasMessage("The colour 5 does not exist: choose 0 to 4 (red, green, blue, yellow, white).");
        assertThatThrownBy(() -> gan.samples(run.id(), 0, List.of(2, 0), 1))
                .isInstanceOf(InsideRejectedException.class)
                .hasMessage("The size 2 does not exist: choose 0 to 1 (small, large).");
        assertThatThrownBy(() -> gan.samples(run.id(), 0, List.of(GREEN), 1))
                .isInstanceOf(InsideRejectedException.class)
                .hasMessageContaining("is told the size and colour as well as the class");
        assertThatThrownBy(() -> gan.samples(run.id(), 0, 1)).isInstanceOf(InsideRejectedException.class)
                .hasMessage("The generator of run #" + run.id() + " is told the size and colour as well as the class: "
                        + "choose one value of each.");
        assertThatThrownBy(() -> gan.layers(run.id(), 1, 2, GanInsideService.STEPS, 0, List.of(0, 0)))
                .isInstanceOf(InsideRejectedException.class)
                .hasMessage("Step 9 does not exist: the way has steps 0 to 8.");

        // Another user's run answers exactly like a missing one; a deleted run is missing, its generator let go.
        SignedIn.as(SignedIn.newAccount(accounts, "gan-stranger"));
        assertThatThrownBy(() -> gan.facts(run.id())).isInstanceOf(InsideRejectedException.class)
                .hasMessage("There is no run #" + run.id() + ".");
        SignedIn.as(owner);
        assertThat(generators.isKept(run.id())).isTrue();
        launcher.delete(run.id());
        assertThat(generators.isKept(run.id())).isFalse();
        assertThatThrownBy(() -> gan.interpolate(run.id(), 11, 12, 2)).isInstanceOf(InsideRejectedException.class)
                .hasMessage("There is no run #" + run.id() + ".");
    }

    @Test
    void anOrdinaryGanHasNoClassToChooseAndSaysSo() throws Exception {
        GraphDocument digits;
        try (var in = getClass().getResourceAsStream(
                "/dev/deepcanvas/backend/training/gan/unconditional-digit-gan.graph.json")) {
            digits = GraphJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
        RunSummary run = launcher.start(new RunLauncher.StartRequest(null, null, digits, MnistDataset.ID,
                RunOptions.none().withEpochs(1).withBatchSize(256)));
        RunSummary done = helper.awaitTerminal(run.id(), Duration.ofMinutes(5));
        assertThat(done.status()).as(done.message()).isEqualTo(RunState.SUCCEEDED);

        GeneratorFacts facts = gan.facts(run.id());
        assertThat(facts.conditional()).isFalse();
        assertThat(facts.classNames()).isEmpty();

        ComputationGraph plain = ModelSerializer.restoreComputationGraph(queries.modelFile(run.id()).toFile(), false);
        GanBlocks blocks = GanBlocks.find(digits).blocks();
        NoiseInterpolation strip = gan.interpolate(run.id(), 21, 22, null);
        assertThat(strip.className()).isNull();
        INDArray ends = output(plain, blocks, new float[][]{SeededNoise.vector(21, facts.noiseSize()),
                SeededNoise.vector(22, facts.noiseSize())}, 0);
        assertSamePicture(strip.pictures(), 0, ends, 0);
        assertSamePicture(strip.pictures(), GanInsideService.STEPS - 1, ends, 1);
        assertThat(List.of(strip.pictures().channels(), strip.pictures().height())).containsExactly(1, 28);

        ClassSamples fresh = gan.samples(run.id(), null, 9);
        assertThat(fresh.className()).isNull();
        INDArray expected = output(plain, blocks, SeededNoise.rows(9, GanInsideService.SAMPLES, facts.noiseSize()),
                0);
        assertSamePicture(fresh.pictures(), GanInsideService.SAMPLES - 1, expected, GanInsideService.SAMPLES - 1);
        assertThat(gan.layers(run.id(), 21, 22, 0, null).layers().get(0).nodeId()).isEqualTo("noise");

        String notConditional = "The generator of run #" + run.id() + " is not conditional (it has no ClassInput): "
                + "it draws whatever its noise makes and cannot be asked for a class.";
        assertThatThrownBy(() -> gan.interpolate(run.id(), 1, 2, 0)).isInstanceOf(InsideRejectedException.class)
                .hasMessage(notConditional);
        assertThatThrownBy(() -> gan.samples(run.id(), 0, 1)).isInstanceOf(InsideRejectedException.class)
                .hasMessage(notConditional);
    }

    @Test
    void runsWithoutAGeneratorToDrawWithAreRefusedInOneLine() {
        AccountPrincipal owner = SignedIn.newAccount(accounts, "gan-inside-owner");
        SignedIn.as(owner);
        long training = storedRun(owner, "GAN", null);
        long failed = storedRun(owner, "GAN", RunStatus.FAILED);
        long fileGone = storedRun(owner, "GAN", RunStatus.SUCCEEDED);
        long classifier = storedRun(owner, "CLASSIFICATION", RunStatus.SUCCEEDED);

        assertThatThrownBy(() -> gan.facts(training)).isInstanceOf(InsideRejectedException.class)
                .hasMessage("Run #" + training + " is queued: only a succeeded GAN run has a trained generator to "
                        + "draw with.");
        assertThatThrownBy(() -> gan.interpolate(failed, 1, 2, null)).isInstanceOf(InsideRejectedException.class)
                .hasMessage("Run #" + failed + " is failed: only a succeeded GAN run has a trained generator to "
                        + "draw with.");
        assertThatThrownBy(() -> gan.samples(fileGone, null, 1)).isInstanceOf(InsideRejectedException.class)
                .hasMessage("The generator file of run #" + fileGone + " is missing from the data folder, so there "
                        + "is nothing to draw with. Train the graph again.");
        assertThatThrownBy(() -> gan.facts(classifier)).isInstanceOf(InsideRejectedException.class)
                .hasMessage("Run #" + classifier + " is not a GAN, so it has no generator to draw with.");
        assertThatThrownBy(() -> gan.facts(Long.MAX_VALUE)).isInstanceOf(InsideRejectedException.class)
                .hasMessage("There is no run #" + Long.MAX_VALUE + ".");
    }

    private long storedRun(AccountPrincipal owner, String task, RunStatus status) {
        RunEntity entity = new RunEntity(null, null, "Stored", "{}", "mnist", "{}", 1, 2, Instant.now(), task);
        entity.assignOwner(owner.id());
        if (status != null) {
            entity.finish(status, status == RunStatus.FAILED ? "diverged" : null, 0.5, Instant.now());
        }
        return runRepository.save(entity).getId();
    }

    /** The generator's pictures for these noise rows and, when {@code asked} ≥ 0, that class's one-hot. */
    private static INDArray output(ComputationGraph net, GanBlocks blocks, float[][] noise, int width, int... hot) {
        return net.output(false, inputs(net, blocks, noise, width, hot))[0];
    }

    /**
     * The generator's inputs, built here rather than by the service: the noise and, for a conditional generator, a
     * condition {@code width} numbers wide with the columns {@code hot} set in every row.
     */
    private static INDArray[] inputs(ComputationGraph net, GanBlocks blocks, float[][] noise, int width,
                                     int... hot) {
        INDArray condition = null;
        if (width > 0) {
            condition = Nd4j.zeros(DataType.FLOAT, noise.length, width);
            for (int row = 0; row < noise.length; row++) {
                for (int column : hot) {
                    condition.putScalar(row, column, 1.0);
                }
            }
        }
        return GanArrays.generator(net.getConfiguration().getNetworkInputs(), blocks, Nd4j.create(noise), condition);
    }

    /** The position of a node's layer among the network's layers, as feedForward counts them; -1 for others. */
    private static int layerIndex(ComputationGraph net, String name) {
        org.deeplearning4j.nn.api.Layer[] all = net.getLayers();
        for (int i = 0; i < all.length; i++) {
            if (all[i] == net.getLayer(name)) {
                return i;
            }
        }
        return -1;
    }

    private static void assertSamePicture(GeneratedPictures pictures, int picture, INDArray expected, int row) {
        assertThat(maxDifference(pictures, picture, expected, row)).as("picture %d against the generator's row %d",
                picture, row).isLessThanOrEqualTo(1e-6);
    }

    private static double maxDifference(GeneratedPictures pictures, int picture, INDArray expected, int row) {
        double largest = 0;
        for (int c = 0; c < pictures.channels(); c++) {
            for (int y = 0; y < pictures.height(); y++) {
                for (int x = 0; x < pictures.width(); x++) {
                    largest = Math.max(largest, Math.abs(pictures.value(picture, c, y, x)
                            - expected.getDouble(row, c, y, x)));
                }
            }
        }
        return largest;
    }

    private static int level(GeneratedPictures pictures, double value) {
        double unit = pictures.signed() ? (value + 1) / 2 : value;
        return (int) Math.round(Math.max(0, Math.min(1, unit)) * 255);
    }
}
