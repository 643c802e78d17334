package dev.deepcanvas.backend.training.gan;

import dev.deepcanvas.backend.ServiceTest;
import dev.deepcanvas.backend.dataset.builtin.IrisDataset;
import dev.deepcanvas.backend.dataset.builtin.MnistDataset;
import dev.deepcanvas.backend.results.GanEpoch;
import dev.deepcanvas.backend.results.GanResult;
import dev.deepcanvas.backend.results.RunResultsService;
import dev.deepcanvas.backend.results.TaskKind;
import dev.deepcanvas.backend.training.EarlyStopping;
import dev.deepcanvas.backend.training.RunLauncher;
import dev.deepcanvas.backend.training.layerstats.LayerMovement;
import dev.deepcanvas.backend.training.layerstats.LayerPoint;
import dev.deepcanvas.backend.training.layerstats.LayerSeries;
import dev.deepcanvas.backend.training.layerstats.LayerStatisticsQueries;
import dev.deepcanvas.backend.training.RunOptions;
import dev.deepcanvas.backend.training.RunQueries;
import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.backend.training.Runs;
import dev.deepcanvas.backend.training.TrainingRejectedException;
import dev.deepcanvas.backend.training.run.RunFiles;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphJson;
import dev.deepcanvas.templates.TemplateCatalog;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A short digit-GAN run: alternating steps, both players' figures, one sample grid per epoch. */
class GanRunTest extends ServiceTest {

    @Autowired
    RunLauncher launcher;
    @Autowired
    RunQueries queries;
    @Autowired
    RunResultsService results;
    @Autowired
    GanSamples samples;
    @Autowired
    RunFiles files;
    @Autowired
    TemplateCatalog templates;
    @Autowired
    LayerStatisticsQueries layerStatistics;

    /**
     * An ordinary (unconditional) GAN of digits: the gallery's digit GAN before it was told which digit to draw,
     * kept as a test resource since the gallery's GANs are both conditional now.
     */
    static GraphDocument unconditionalDigitGan() throws Exception {
        try (var in = GanRunTest.class.getResourceAsStream("unconditional-digit-gan.graph.json")) {
            return GraphJson.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void aGanRunRecordsBothLossesAndAccuraciesAndASampleGridPerEpoch() throws Exception {
        GraphDocument gan = unconditionalDigitGan();
        RunSummary run = launcher.start(new RunLauncher.StartRequest(null, null, gan, MnistDataset.ID,
                RunOptions.none().withEpochs(2).withBatchSize(128).withLayerStatisticsEvery(100)));
        RunSummary done = new Runs(launcher, queries, templates).awaitTerminal(run.id(),
                java.time.Duration.ofMinutes(10));
        assertThat(done.status()).as(done.message()).isEqualTo(RunState.SUCCEEDED);
        // A GAN learns from the training pictures only: it has no validation or test data to fingerprint.
        assertThat(done.provenance().data().train().rows()).isPositive();
        assertThat(done.provenance().data().validation()).isNull();
        assertThat(done.provenance().data().test()).isNull();
        assertThat(done.task()).isEqualTo(TaskKind.GAN);
        // The template's GAN recipe (Adam with β1 = 0.5) is part of the run's immutable snapshot.
        assertThat(queries.snapshot(run.id()).hyperparameters().beta1()).isEqualTo(gan.training().beta1())
                .isEqualTo(0.5);

        GanResult result = results.find(run.id()).orElseThrow().gan();
        assertThat(result.noiseSize()).isEqualTo(64);
        assertThat(result.epochs()).extracting(GanEpoch::epoch).containsExactly(1, 2);
        for (GanEpoch epoch : result.epochs()) {
            assertThat(epoch.discriminatorLoss()).isPositive().isFinite();
            assertThat(epoch.generatorLoss()).isPositive().isFinite();
            assertThat(epoch.accuracyReal()).isBetween(0.0, 1.0);
            assertThat(epoch.accuracyFake()).isBetween(0.0, 1.0);
        }
        // The discriminator is a real opponent: it tells most fakes from real digits once it has trained.
        assertThat(result.epochs().get(1).accuracy()).isGreaterThan(0.5);

        assertThat(samples.epochs(run.id())).containsExactly(1, 2);
        BufferedImage grid = ImageIO.read(new ByteArrayInputStream(samples.png(run.id(), 2)));
        // 10 × 10 digits of 28 × 28 pixels drawn twice as large, 2-pixel gaps.
        assertThat(grid.getWidth()).isEqualTo(10 * (28 * 2 + 2) + 2);
        assertThat(grid.getHeight()).isEqualTo(grid.getWidth());
        assertThat(queries.metrics(run.id())).hasSize(2);
        // Both networks' layers move: the generator's as the combined network trains them, the discriminator's own.
        LayerMovement movement = layerStatistics.movement(run.id());
        assertThat(movement.layers()).extracting(LayerSeries::network).contains("GENERATOR", "DISCRIMINATOR")
                .doesNotContain("MODEL");
        assertThat(movement.layers().get(0).network()).isEqualTo("GENERATOR");
        // Measured every 100 rounds and at each epoch's last, both networks at the same rounds.
        List<Long> steps = movement.layers().get(0).points().stream().map(LayerPoint::step).toList();
        long perEpoch = movement.layers().get(0).points().stream().filter(p -> p.epoch() == 1)
                .mapToLong(LayerPoint::step).max().orElseThrow();
        assertThat(steps).isSorted().doesNotHaveDuplicates().contains(perEpoch, 2 * perEpoch)
                .allSatisfy(step -> assertThat(step % 100 == 0 || step % perEpoch == 0).as("step " + step).isTrue())
                .hasSize((int) (2 * perEpoch / 100) + (perEpoch % 100 == 0 ? 0 : 1) + (2 * perEpoch % 100 == 0 ? 0 : 1));
        for (LayerSeries layer : movement.layers()) {
            assertThat(layer.points()).extracting(LayerPoint::step).as(layer.title()).isEqualTo(steps);
            assertThat(layer.points()).extracting(LayerPoint::epoch).containsOnly(1, 2);
            assertThat(layer.points()).allSatisfy(p -> assertThat(p.updateRatio()).as(layer.title()).isPositive());
        }

        // The run's model is the generator: noise in, a 28 × 28 × 1 picture out.
        ComputationGraph generator = ModelSerializer.restoreComputationGraph(queries.modelFile(run.id()).toFile());
        assertThat(generator.outputSingle(org.nd4j.linalg.factory.Nd4j.randn(3, 64)).shape())
                .containsExactly(3, 1, 28, 28);
        assertThat(files.discriminator(run.id())).exists();

        assertThatThrownBy(() -> samples.png(run.id(), 3)).isInstanceOf(TrainingRejectedException.class)
                .hasMessageContaining("no sample grid for epoch 3");
        launcher.delete(run.id());
        assertThat(Files.exists(files.ganSamples(run.id()))).isFalse();
    }

    @Test
    void aGanNeedsPicturesOfTheDiscriminatorsShapeAndNoEarlyStopping() throws Exception {
        GraphDocument gan = unconditionalDigitGan();
        assertThatThrownBy(() -> launcher.start(new RunLauncher.StartRequest(null, null, gan, IrisDataset.ID)))
                .isInstanceOf(TrainingRejectedException.class).hasMessageContaining("A GAN learns from pictures");
        assertThatThrownBy(() -> launcher.start(new RunLauncher.StartRequest(null, null,
                templates.find("dcgan-shapes").orElseThrow().document(), MnistDataset.ID)))
                .isInstanceOf(TrainingRejectedException.class).hasMessageContaining("takes 32×32×3");
        assertThatThrownBy(() -> launcher.start(new RunLauncher.StartRequest(null, null, gan, MnistDataset.ID,
                RunOptions.none().withEpochs(5).withEarlyStopping(new EarlyStopping(
                        EarlyStopping.Monitor.VALIDATION_LOSS, 2)))))
                .isInstanceOf(TrainingRejectedException.class).hasMessageContaining("switch early stopping off");
    }
}
