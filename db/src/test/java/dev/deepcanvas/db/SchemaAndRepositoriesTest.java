package dev.deepcanvas.db;

import dev.deepcanvas.db.graph.GraphEntity;
import dev.deepcanvas.db.graph.GraphRepository;
import dev.deepcanvas.db.run.RunEntity;
import dev.deepcanvas.db.run.RunEpochMetricEntity;
import dev.deepcanvas.db.run.RunEpochMetricRepository;
import dev.deepcanvas.db.run.RunLayerStatisticEntity;
import dev.deepcanvas.db.run.RunLayerStatisticRepository;
import dev.deepcanvas.db.run.RunRepository;
import dev.deepcanvas.db.run.RunStatus;
import dev.deepcanvas.db.testing.DatabaseTest;
import dev.deepcanvas.db.testing.DatabaseUnderTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.transaction.support.TransactionTemplate;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Runs the Flyway migrations against a real database (an H2 file; PostgreSQL in the postgresql test run) and lets
 * Hibernate validate the entities against them (ddl-auto=validate): a mapping that drifts from the migrations fails
 * here, not in production.
 */
@DatabaseTest
@SpringBootTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
class SchemaAndRepositoriesTest {

    @DynamicPropertySource
    static void database(DynamicPropertyRegistry registry) throws Exception {
        Path dir = Files.createTempDirectory("deepcanvas-db-test");
        DatabaseUnderTest.register(registry, dir.resolve("test"), "schema");
    }

    @Autowired
    GraphRepository graphs;
    @Autowired
    RunRepository runs;
    @Autowired
    RunEpochMetricRepository metrics;
    @Autowired
    RunLayerStatisticRepository layerStatistics;
    @Autowired
    TransactionTemplate tx;

    @Test
    void storesGraphsRunsAndMetrics() {
        Instant now = Instant.parse("2026-01-01T10:00:00Z");
        GraphEntity graph = new GraphEntity(null, "Iris", "three species", "{\"nodes\":[]}", now);
        graph.recordSave("{\"nodes\":[1]}", now);
        graph = graphs.save(graph);

        RunEntity run = runs.save(new RunEntity(graph.getId(), 1, "Iris", "{}", "iris", "{}", 42, 10, now));
        metrics.save(new RunEpochMetricEntity(run.getId(), 1, 0.9, 0.5, now));
        metrics.save(new RunEpochMetricEntity(run.getId(), 2, 0.4, 0.8, now));

        assertThat(graphs.findById(graph.getId())).get()
                .satisfies(g -> assertThat(g.getLatestVersion()).isEqualTo(1))
                .satisfies(g -> assertThat(g.getDocument()).isEqualTo("{\"nodes\":[1]}"));
        assertThat(runs.findById(run.getId())).get()
                .satisfies(r -> assertThat(r.getStatus()).isEqualTo(RunStatus.QUEUED));
        assertThat(metrics.findByRunIdOrderByEpochAsc(run.getId()))
                .extracting(RunEpochMetricEntity::getTrainLoss).containsExactly(0.9, 0.4);
    }

    /**
     * V9 and V10: a run's layer statistics come back per network, epoch and layer; a layer is recorded once per
     * measured step, and an epoch may have several (a run measuring every N steps); a resumed run forgets those after
     * its checkpoint; deleting the run deletes them.
     */
    @Test
    void storesLayerStatisticsOncePerStepAndLayer() {
        Instant now = Instant.parse("2026-01-01T10:00:00Z");
        RunEntity run = runs.save(new RunEntity(null, null, "Iris", "{}", "iris", "{}", 42, 3, now));
        long id = run.getId();
        for (int epoch = 1; epoch <= 3; epoch++) {
            long last = 10L * epoch;
            layerStatistics.save(new RunLayerStatisticEntity(id, epoch, last, "MODEL", 1, "output", 51, 0.01, 0.3,
                    0.2, 0.002, 1.5));
            layerStatistics.save(new RunLayerStatisticEntity(id, epoch, last, "MODEL", 0, "dense1", 80,
                    -0.001 * epoch, 0.5, 0.4, 0.004, 2.0));
        }
        // a step in the middle of epoch 2, measured besides its last
        layerStatistics.save(new RunLayerStatisticEntity(id, 2, 15L, "MODEL", 0, "dense1", 80, 0.0, 0.5, 0.4, 0.004,
                2.0));
        List<RunLayerStatisticEntity> stored = layerStatistics.findByRunIdOrderByNetworkAscEpochAscPositionAsc(id);
        assertThat(stored).hasSize(7);
        assertThat(stored).filteredOn(s -> s.getEpoch() == 3).extracting(RunLayerStatisticEntity::getLayerName)
                .containsExactly("dense1", "output");
        assertThat(stored).filteredOn(s -> s.getEpoch() == 2 && s.getPosition() == 0)
                .extracting(RunLayerStatisticEntity::getStep).containsExactlyInAnyOrder(15L, 20L);
        assertThat(stored).filteredOn(s -> s.getEpoch() == 3 && s.getPosition() == 0).singleElement().satisfies(s -> {
            assertThat(s.getStep()).isEqualTo(30L);
            assertThat(s.getMean()).isEqualTo(-0.003);
            assertThat(s.getStd()).isEqualTo(0.5);
            assertThat(s.getGradientNorm()).isEqualTo(0.4);
            assertThat(s.getUpdateNorm()).isEqualTo(0.004);
            assertThat(s.getParameterNorm()).isEqualTo(2.0);
            assertThat(s.getParameters()).isEqualTo(80);
        });

        assertThatThrownBy(() -> layerStatistics.saveAndFlush(new RunLayerStatisticEntity(id, 2, 20L, "MODEL", 0,
                "dense1", 80, 0, 0, 0, 0, 0))).isInstanceOf(DataIntegrityViolationException.class);

        tx.executeWithoutResult(s -> layerStatistics.deleteAfterEpoch(id, 1));
        assertThat(layerStatistics.findByRunIdOrderByNetworkAscEpochAscPositionAsc(id))
                .extracting(RunLayerStatisticEntity::getEpoch).containsExactly(1, 1);
        runs.deleteById(id);
        runs.flush();
        assertThat(layerStatistics.findByRunIdOrderByNetworkAscEpochAscPositionAsc(id)).isEmpty();
    }

    /**
     * The long text columns (CLOB in the migrations) hold documents of any size as plain strings: on PostgreSQL a
     * large-object mapping would fail to read them back, and a varchar would cut them.
     */
    @Test
    void storesLongDocumentsAsText() {
        Instant now = Instant.parse("2026-01-01T10:00:00Z");
        String layer = "{\"id\":\"dense-%d\",\"name\":\"Dichte Schicht ü → ∑ %d\"},";
        StringBuilder big = new StringBuilder("{\"nodes\":[");
        for (int i = 0; big.length() < 3_000_000; i++) {
            big.append(layer.formatted(i, i));
        }
        String document = big.append("{}]}").toString();
        GraphEntity graph = new GraphEntity(null, "big", "", document, now);
        long id = graphs.save(graph).getId();

        RunEntity run = runs.save(new RunEntity(id, 1, "big", document, "iris", "{\"epochs\":3}", 7, 3, now));

        assertThat(graphs.findById(id).orElseThrow().getDocument()).isEqualTo(document);
        assertThat(runs.findById(run.getId()).orElseThrow().getGraphDocument()).isEqualTo(document);
        assertThat(runs.findById(run.getId()).orElseThrow().getHyperparameters()).isEqualTo("{\"epochs\":3}");
    }

    /** V5: a run keeps the fingerprints of its data and the software that trained it. */
    @Test
    void storesTheProvenanceOfARun() {
        Instant now = Instant.parse("2026-01-01T10:00:00Z");
        RunEntity run = new RunEntity(null, null, "Iris", "{}", "iris", "{}", 42, 10, now);
        run.recordSoftware("0.1.0-SNAPSHOT", "CpuBackend linux-x86_64-onednn, oneDNN on, 1 native thread");
        run.recordData("a".repeat(64), 105, null, null, "b".repeat(64), 45);
        long id = runs.save(run).getId();

        RunEntity stored = runs.findById(id).orElseThrow();
        assertThat(stored.getTrainSha256()).isEqualTo("a".repeat(64));
        assertThat(stored.getTrainRows()).isEqualTo(105);
        assertThat(stored.getValidationSha256()).isNull();
        assertThat(stored.getValidationRows()).isNull();
        assertThat(stored.getTestSha256()).isEqualTo("b".repeat(64));
        assertThat(stored.getTestRows()).isEqualTo(45);
        assertThat(stored.getAppVersion()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(stored.getNd4jBackend()).isEqualTo("CpuBackend linux-x86_64-onednn, oneDNN on, 1 native thread");
    }

    @Test
    void marksUnfinishedRunsInterrupted() {
        Instant now = Instant.now();
        RunEntity queued = runs.save(new RunEntity(null, null, "a", "{}", "iris", "{}", 1, 5, now));
        RunEntity running = new RunEntity(null, null, "b", "{}", "iris", "{}", 1, 5, now);
        running.markRunning(now);
        running = runs.save(running);
        RunEntity done = new RunEntity(null, null, "c", "{}", "iris", "{}", 1, 5, now);
        done.finish(RunStatus.SUCCEEDED, null, 0.9, now);
        done = runs.save(done);

        int changed = tx.execute(s -> runs.markInterrupted(EnumSet.of(RunStatus.QUEUED, RunStatus.RUNNING), "stopped", now));

        assertThat(changed).isGreaterThanOrEqualTo(2);
        assertThat(runs.findById(queued.getId()).orElseThrow().getStatus()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(runs.findById(running.getId()).orElseThrow().getStatus()).isEqualTo(RunStatus.INTERRUPTED);
        assertThat(runs.findById(done.getId()).orElseThrow().getStatus()).isEqualTo(RunStatus.SUCCEEDED);
    }

    /**
     * V8: the training time a run spent, over both stretches of a run that a crash interrupted and a resume
     * finished; the hours the app was down and the run waited count for nothing, and the first start is kept.
     */
    @Test
    void countsOnlyTheTimeARunActuallyTrained() {
        Instant start = Instant.parse("2026-01-01T10:00:00Z");
        RunEntity run = new RunEntity(null, null, "Iris", "{}", "iris", "{}", 42, 3, start);
        run.markRunning(start);
        run.recordEpoch(1, 0.9, start.plusSeconds(10));
        run.recordEpoch(2, 0.5, start.plusSeconds(20));
        long id = runs.save(run).getId();

        // The app dies a few seconds into epoch 3 and comes back an hour later.
        tx.execute(s -> runs.markInterrupted(EnumSet.of(RunStatus.RUNNING), "stopped", start.plusSeconds(3600)));
        RunEntity interrupted = runs.findById(id).orElseThrow();
        assertThat(interrupted.getTrainingTime()).isEqualTo(java.time.Duration.ofSeconds(20));

        Instant resumed = start.plusSeconds(7200);
        interrupted.requeue(2);
        interrupted.markRunning(resumed);
        interrupted.recordEpoch(3, 0.3, resumed.plusSeconds(10));
        interrupted.finish(RunStatus.SUCCEEDED, null, resumed.plusSeconds(15));
        runs.save(interrupted);

        RunEntity done = runs.findById(id).orElseThrow();
        assertThat(done.getTrainingTime()).as("20 s before the crash and 15 s after the resume")
                .isEqualTo(java.time.Duration.ofSeconds(35));
        assertThat(done.getStartedAt()).as("the first start").isEqualTo(start);
    }

    @Test
    void aStaleGraphSaveIsRefused() {
        GraphEntity saved = graphs.save(new GraphEntity(null, "g", "", "{}", Instant.now()));
        GraphEntity tabA = graphs.findById(saved.getId()).orElseThrow();
        GraphEntity tabB = graphs.findById(saved.getId()).orElseThrow();

        tabA.recordSave("{\"a\":1}", Instant.now());
        graphs.save(tabA);
        tabB.recordSave("{\"b\":1}", Instant.now());

        assertThatThrownBy(() -> graphs.save(tabB)).isInstanceOf(ObjectOptimisticLockingFailureException.class);
        assertThat(graphs.findById(saved.getId()).orElseThrow().getDocument()).isEqualTo("{\"a\":1}");
    }
}
