package dev.deepcanvas.backend.compare;

import dev.deepcanvas.backend.ServiceTest;
import dev.deepcanvas.backend.training.RunLauncher;
import dev.deepcanvas.backend.training.RunOptions;
import dev.deepcanvas.backend.training.RunQueries;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.backend.training.Runs;
import dev.deepcanvas.backend.training.TrainingRejectedException;
import dev.deepcanvas.db.testing.DatabaseTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DatabaseTest
class RunComparisonServiceTest extends ServiceTest {

    @Autowired
    RunLauncher launcher;
    @Autowired
    RunQueries queries;
    @Autowired
    RunComparisonService comparison;
    @Autowired
    Runs helper;

    @Test
    void comparesCurvesSettingsAndFinalFigures() throws Exception {
        RunSummary slow = helper.startIris(RunOptions.none().withEpochs(4).withLearningRate(0.001));
        RunSummary fast = helper.startIris(RunOptions.none().withEpochs(6).withLearningRate(0.05));
        helper.awaitTerminal(slow.id());
        helper.awaitTerminal(fast.id());

        RunComparison result = comparison.compare(List.of(slow.id(), fast.id()));

        assertThat(result.runs()).extracting(r -> r.summary().id()).containsExactly(slow.id(), fast.id());
        assertThat(result.runs().get(0).series().epochs()).hasSize(4);
        assertThat(result.runs().get(1).series().epochs()).hasSize(6);
        assertThat(result.differences()).extracting(SettingRow::name).containsExactly("learning rate", "epochs");
        assertThat(result.differences().get(0).values()).containsExactly("0.001", "0.05");
        assertThat(result.settings()).filteredOn(r -> r.name().equals("optimizer")).singleElement()
                .satisfies(r -> assertThat(r.differs()).isFalse());
        assertThat(result.finalMetrics()).extracting(FinalMetrics::epochsCompleted).containsExactly(4, 6);
        assertThat(result.finalMetrics()).allSatisfy(f -> {
            assertThat(f.metricName()).isEqualTo("accuracy");
            assertThat(f.metric()).isBetween(0.0, 1.0);
            assertThat(f.validationLoss()).isPositive();
        });
        assertThat(result.finalMetrics().get(1).metric()).isEqualTo(queries.find(fast.id()).orElseThrow().accuracy());
        // Same data, same DeepCanvas, same back end: nothing stands in the way of comparing them.
        assertThat(result.warnings()).isEmpty();
    }

    @Test
    void warnsWhenTheComparedRunsSawDifferentData() throws Exception {
        RunSummary iris = helper.startIris(RunOptions.none().withEpochs(1));
        RunSummary linear = helper.startLinear(RunOptions.none().withEpochs(1));
        helper.awaitTerminal(iris.id());
        helper.awaitTerminal(linear.id());

        RunComparison result = comparison.compare(List.of(iris.id(), linear.id()));

        assertThat(result.warnings()).hasSize(2);
        assertThat(result.warnings().get(0)).startsWith("These runs did not learn from the same data: run #"
                + iris.id() + ": ").contains("; run #" + linear.id() + ": 200 rows, fingerprint ");
        assertThat(result.warnings().get(1)).startsWith("Their final figures were measured on different test data");
    }

    @Test
    void needsAtLeastTwoDifferentRuns() {
        assertThatThrownBy(() -> comparison.compare(List.of(1L, 1L)))
                .isInstanceOf(TrainingRejectedException.class)
                .hasMessage("Choose at least two different runs to compare.");
    }
}
