package dev.deepcanvas.backend.results;

import dev.deepcanvas.backend.ServiceTest;
import dev.deepcanvas.backend.training.RunLauncher;
import dev.deepcanvas.backend.training.RunOptions;
import dev.deepcanvas.backend.training.RunQueries;
import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.backend.training.Runs;
import dev.deepcanvas.db.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

@DatabaseTest
class RunResultsTest extends ServiceTest {

    @Autowired
    RunLauncher launcher;
    @Autowired
    RunQueries queries;
    @Autowired
    RunResultsService results;
    @Autowired
    Runs helper;

    @Test
    void aClassifierGetsAccuracyPerClassScoresAConfusionMatrixAndItsMistakes() throws Exception {
        RunSummary run = helper.startIris(RunOptions.none().withEpochs(8).withLearningRate(0.02));
        RunSummary done = helper.awaitTerminal(run.id());
        assertThat(done.status()).isEqualTo(RunState.SUCCEEDED);

        RunResult result = results.find(run.id()).orElseThrow();

        assertThat(result.kind()).isEqualTo(TaskKind.CLASSIFICATION);
        assertThat(result.regression()).isNull();
        ClassificationResult c = result.classification();
        assertThat(c.examples()).isEqualTo(30);
        assertThat(c.classNames()).containsExactly("setosa", "versicolor", "virginica");
        assertThat(c.accuracy()).isEqualTo(done.accuracy()).isEqualTo(done.finalMetric());
        int total = 0;
        int correct = 0;
        for (int actual = 0; actual < 3; actual++) {
            List<Integer> row = c.confusion().get(actual);
            total += row.stream().mapToInt(Integer::intValue).sum();
            correct += row.get(actual);
            assertThat(c.perClass().get(actual).support()).isEqualTo(row.stream().mapToInt(Integer::intValue).sum());
            int predictedAsThis = 0;
            for (int other = 0; other < 3; other++) {
                predictedAsThis += c.confusion().get(other).get(actual);
            }
            ClassScore score = c.perClass().get(actual);
            assertThat(score.recall()).isCloseTo(row.get(actual) / (double) score.support(), within(1e-9));
            if (predictedAsThis > 0) {
                assertThat(score.precision()).isCloseTo(row.get(actual) / (double) predictedAsThis, within(1e-9));
            }
        }
        assertThat(total).isEqualTo(30);
        assertThat(c.accuracy()).isCloseTo(correct / 30.0, within(1e-9));
        assertThat(c.misclassified()).hasSize(Math.min(30 - correct, 12));
        assertThat(c.misclassified()).allSatisfy(m -> {
            assertThat(m.actual()).isNotEqualTo(m.predicted());
            assertThat(m.index()).isBetween(0, 29);
            assertThat(m.confidence()).isBetween(0.0, 1.0);
        });
    }

    @Test
    void aRegressorGetsMseMaeR2AndPredictedVersusActualPoints() throws Exception {
        RunSummary run = helper.startLinear(RunOptions.none().withEpochs(40).withLearningRate(0.02));
        RunSummary done = helper.awaitTerminal(run.id());
        assertThat(done.status()).as(done.message()).isEqualTo(RunState.SUCCEEDED);
        assertThat(done.task()).isEqualTo(TaskKind.REGRESSION);
        assertThat(done.accuracy()).isNull();

        RunResult result = results.find(run.id()).orElseThrow();

        assertThat(result.kind()).isEqualTo(TaskKind.REGRESSION);
        assertThat(result.metricName()).isEqualTo("R²");
        RegressionResult r = result.regression();
        assertThat(r.examples()).isEqualTo(50);
        assertThat(r.r2()).isGreaterThan(0.9).isEqualTo(done.finalMetric());
        assertThat(r.points()).hasSize(50);
        double mse = r.points().stream().mapToDouble(p -> Math.pow(p.predicted() - p.actual(), 2)).average()
                .orElseThrow();
        double mae = r.points().stream().mapToDouble(p -> Math.abs(p.predicted() - p.actual())).average()
                .orElseThrow();
        assertThat(r.mse()).isCloseTo(mse, within(1e-4));
        assertThat(r.mae()).isCloseTo(mae, within(1e-4));
        assertThat(queries.metricSeries(run.id()).metricName()).isEqualTo("R²");
    }

    @Test
    void aRunThatDidNotSucceedHasNoResult() throws Exception {
        RunSummary run = helper.startLinear(RunOptions.none().withEpochs(50).withOptimizer("sgd")
                .withLearningRate(10.0));
        assertThat(helper.awaitTerminal(run.id()).status()).isEqualTo(RunState.FAILED);

        assertThat(results.find(run.id())).isEmpty();
    }
}
