package dev.deepcanvas.backend.training;

import dev.deepcanvas.backend.ServiceTest;
import dev.deepcanvas.db.testing.DatabaseTest;
import org.deeplearning4j.nn.graph.ComputationGraph;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Seed 0 is a seed like any other: two runs from it train the same parameters (ND4J alone would draw other initial
 * weights every time, NativeSeed).
 */
@DatabaseTest
@ExtendWith(OneWayOfStepping.class)
class SeedZeroRunTest extends ServiceTest {

    @Autowired
    Runs runs;
    @Autowired
    RunQueries queries;

    @Test
    void twoRunsFromSeedZeroTrainTheSameParameters() throws Exception {
        RunOptions options = RunOptions.none().withEpochs(1).withBatchSize(16).withSeed(0L);
        RunSummary first = runs.awaitTerminal(runs.startIris(options).id());
        RunSummary second = runs.awaitTerminal(runs.startIris(options).id());
        assertThat(first.status()).as(first.message()).isEqualTo(RunState.SUCCEEDED);
        assertThat(second.status()).as(second.message()).isEqualTo(RunState.SUCCEEDED);

        ComputationGraph a = ModelSerializer.restoreComputationGraph(queries.modelFile(first.id()).toFile());
        ComputationGraph b = ModelSerializer.restoreComputationGraph(queries.modelFile(second.id()).toFile());
        assertThat(a.params().equals(b.params())).as("parameters identical").isTrue();
        assertThat(first.finalLoss()).isEqualTo(second.finalLoss());
    }
}
