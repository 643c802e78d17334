package dev.deepcanvas.backend.training.layerstats;

import dev.deepcanvas.backend.ServiceTest;
import dev.deepcanvas.backend.account.AccountService;
import dev.deepcanvas.backend.account.SignedIn;
import dev.deepcanvas.backend.training.RunNotFoundException;
import dev.deepcanvas.backend.training.RunOptions;
import dev.deepcanvas.backend.training.RunQueries;
import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.backend.training.OneWayOfStepping;
import dev.deepcanvas.backend.training.Runs;
import dev.deepcanvas.backend.training.run.LayerStatisticsSetting;
import dev.deepcanvas.db.testing.DatabaseTest;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Layer statistics as a run records and the run page reads them, through the real training job and database (H2,
 * and PostgreSQL in the PostgreSQL test run). Runs are compared bit for bit, so each steps one fixed way.
 */
@DatabaseTest
@ExtendWith(OneWayOfStepping.class)
class LayerStatisticsRunTest extends ServiceTest {

    @Autowired
    Runs runs;
    @Autowired
    RunQueries queries;
    @Autowired
    LayerStatisticsQueries statistics;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    AccountService accounts;

    @Test
    void everyEpochRecordsEveryLayerOnceAndThePageReadsThemAsOneSeriesPerLayer() throws Exception {
        RunSummary done = runs.awaitTerminal(runs.startIris(RunOptions.none().withEpochs(3).withBatchSize(8)).id());
        assertThat(done.status()).as(done.message()).isEqualTo(RunState.SUCCEEDED);

        LayerMovement movement = statistics.movement(done.id());
        assertThat(movement.recorded()).isTrue();
        assertThat(movement.layers()).extracting(LayerSeries::layer).containsExactly("dense1", "output");
        assertThat(movement.layers()).extracting(LayerSeries::kind).containsExactly("Dense", "Output");
        LayerSeries hidden = movement.layers().get(0);
        assertThat(hidden.network()).isEqualTo("MODEL");
        // Iris: 4 inputs into the template's 16 units, with biases
        assertThat(hidden.parameters()).isEqualTo(4 * 16 + 16);
        assertThat(hidden.points()).extracting(LayerPoint::epoch).containsExactly(1, 2, 3);
        for (LayerSeries layer : movement.layers()) {
            for (LayerPoint point : layer.points()) {
                assertThat(point.std()).isPositive().isFinite();
                assertThat(point.gradientNorm()).isPositive().isFinite();
                assertThat(point.updateRatio()).isPositive().isLessThan(1);
            }
        }
        assertThat(jdbc.queryForObject("SELECT count(*) FROM run_layer_statistics WHERE run_id = ?", Long.class,
                done.id())).isEqualTo(3 * 2);
    }

    /**
     * Collecting statistics changes nothing the run trains: the same run with them switched off ends with the very
     * same parameters, bit for bit (the gallery's verified figures rely on it).
     */
    @Test
    void aRunTrainsTheSameParametersWithAndWithoutStatistics() throws Exception {
        RunOptions options = RunOptions.none().withEpochs(2).withBatchSize(8);
        RunSummary with = runs.awaitTerminal(runs.startIris(options).id());
        RunSummary without;
        System.setProperty(LayerStatisticsSetting.PROPERTY, "false");
        try {
            without = runs.awaitTerminal(runs.startIris(options).id());
        } finally {
            System.clearProperty(LayerStatisticsSetting.PROPERTY);
        }
        assertThat(with.status()).isEqualTo(RunState.SUCCEEDED);
        assertThat(without.status()).isEqualTo(RunState.SUCCEEDED);
        assertThat(statistics.movement(with.id()).recorded()).isTrue();
        assertThat(statistics.movement(without.id()).recorded()).isFalse();

        ComputationGraph a = ModelSerializer.restoreComputationGraph(queries.modelFile(with.id()).toFile());
        ComputationGraph b = ModelSerializer.restoreComputationGraph(queries.modelFile(without.id()).toFile());
        assertThat(a.params().equals(b.params())).as("parameters identical").isTrue();
        assertThat(a.params().sub(b.params()).amaxNumber().doubleValue()).isZero();
        assertThat(with.finalLoss()).isEqualTo(without.finalLoss());
    }

    /**
     * A run started with "layer statistics every 4 steps" measures every fourth step of the run and every epoch's
     * last, names each point's step, and trains exactly what the same run measured at the epochs' ends only trains:
     * same parameters bit for bit, same figures at the epochs' ends.
     */
    @Test
    void aRunMeasuredEveryFourStepsHasAPointAtEachOfThoseStepsAndLearnsTheSame() throws Exception {
        RunOptions options = RunOptions.none().withEpochs(3).withBatchSize(8);
        RunSummary often = runs.awaitTerminal(runs.startIris(options.withLayerStatisticsEvery(4)).id());
        RunSummary plain = runs.awaitTerminal(runs.startIris(options).id());
        assertThat(often.status()).as(often.message()).isEqualTo(RunState.SUCCEEDED);
        assertThat(plain.status()).as(plain.message()).isEqualTo(RunState.SUCCEEDED);

        LayerMovement movement = statistics.movement(often.id());
        assertThat(movement.bySteps()).isTrue();
        assertThat(statistics.movement(plain.id()).bySteps()).isFalse();
        long perEpoch = 15; // Iris's 120 training flowers in batches of 8
        List<Long> expected = java.util.stream.LongStream.rangeClosed(1, 3 * perEpoch)
                .filter(step -> step % 4 == 0 || step % perEpoch == 0).boxed().toList();
        for (int i = 0; i < movement.layers().size(); i++) {
            LayerSeries layer = movement.layers().get(i);
            assertThat(layer.points()).extracting(LayerPoint::step).containsExactlyElementsOf(expected);
            assertThat(layer.points()).allSatisfy(p -> assertThat(p.epoch())
                    .isEqualTo((int) ((p.step() - 1) / perEpoch) + 1));
            // the epochs' ends are the very figures the plain run recorded
            List<LayerPoint> ends = layer.points().stream().filter(p -> p.step() % perEpoch == 0).toList();
            List<LayerPoint> plainPoints = statistics.movement(plain.id()).layers().get(i).points();
            assertThat(ends).hasSize(3);
            for (int e = 0; e < 3; e++) {
                assertThat(ends.get(e).step()).isEqualTo(plainPoints.get(e).step());
                assertThat(ends.get(e).mean()).isEqualTo(plainPoints.get(e).mean());
                assertThat(ends.get(e).std()).isEqualTo(plainPoints.get(e).std());
                assertThat(ends.get(e).gradientNorm()).isEqualTo(plainPoints.get(e).gradientNorm());
                assertThat(ends.get(e).updateRatio()).isEqualTo(plainPoints.get(e).updateRatio());
            }
        }
        assertThat(queries.snapshot(often.id()).hyperparameters().asTable(false))
                .containsEntry("layer statistics", "every 4 steps and each epoch's last");

        ComputationGraph a = ModelSerializer.restoreComputationGraph(queries.modelFile(often.id()).toFile());
        ComputationGraph b = ModelSerializer.restoreComputationGraph(queries.modelFile(plain.id()).toFile());
        assertThat(a.params().sub(b.params()).amaxNumber().doubleValue()).isZero();
    }

    @Test
    void aRunWithoutStatisticsHasNoneAndAnotherUsersRunIsNotFound() throws Exception {
        System.setProperty(LayerStatisticsSetting.PROPERTY, "false");
        RunSummary done;
        try {
            done = runs.awaitTerminal(runs.startIris(RunOptions.none().withEpochs(1)).id());
        } finally {
            System.clearProperty(LayerStatisticsSetting.PROPERTY);
        }
        LayerMovement movement = statistics.movement(done.id());
        assertThat(movement.recorded()).isFalse();
        assertThat(movement.hints()).isEmpty();

        SignedIn.as(SignedIn.newAccount(accounts, "stranger"));
        assertThatThrownBy(() -> statistics.movement(done.id())).isInstanceOf(RunNotFoundException.class);
    }

    /** Adam moves each weight by about the learning rate a step: 1e-7 is ten thousand times too little. */
    @Test
    void aLearningRateFarTooSmallNamesEveryLayerWhoseUpdatesVanish() throws Exception {
        RunSummary done = runs.awaitTerminal(runs.startIris(RunOptions.none().withEpochs(2).withBatchSize(8)
                .withOptimizer("adam").withLearningRate(1e-7)).id());
        assertThat(done.status()).as(done.message()).isEqualTo(RunState.SUCCEEDED);
        List<LayerHint> hints = statistics.movement(done.id()).hints();
        assertThat(hints).extracting(LayerHint::layer).containsExactly("dense1", "output");
        assertThat(hints).extracting(LayerHint::kind).containsOnly(LayerHint.Kind.VANISHING);
        assertThat(hints).extracting(LayerHint::epoch).containsOnly(1);
        assertThat(hints.get(0).message()).startsWith("Layer \"dense1\" (Dense) hardly moved in epoch 1 (and 1 more "
                + "epoch)").contains("Try a larger learning rate (now 1.0e-07)");
    }
}
