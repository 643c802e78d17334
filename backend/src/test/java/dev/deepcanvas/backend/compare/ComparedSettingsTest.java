package dev.deepcanvas.backend.compare;

import dev.deepcanvas.backend.results.TaskKind;
import dev.deepcanvas.backend.training.Hyperparameters;
import dev.deepcanvas.backend.training.RunProvenance;
import dev.deepcanvas.backend.training.RunSnapshot;
import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.templates.TemplateCatalog;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The comparison's settings rows: a GAN's own setting appears only where a GAN is compared. */
class ComparedSettingsTest {

    private static final Hyperparameters ADAM = new Hyperparameters("adam", 0.01, 16, 5, "xavier", 0.0, 42, null,
            null, null);
    private static final TemplateCatalog TEMPLATES = TemplateCatalog.load();

    @Test
    void runsThatAreNoGanHaveNoDiscriminatorRow() {
        List<SettingRow> rows = RunComparisonService.settings(List.of(snapshot(1, "iris-mlp", TaskKind.CLASSIFICATION),
                snapshot(2, "iris-mlp", TaskKind.CLASSIFICATION)));

        assertThat(rows).extracting(SettingRow::name).contains("learning rate", "Adam β1")
                .doesNotContain(Hyperparameters.DISCRIMINATOR_LEARNING_RATE);
    }

    @Test
    void aGanBesideAnotherRunHasItsRowAndTheOtherRunNone() {
        List<SettingRow> rows = RunComparisonService.settings(List.of(snapshot(1, "digit-gan", TaskKind.GAN),
                snapshot(2, "iris-mlp", TaskKind.CLASSIFICATION)));

        assertThat(rows).filteredOn(r -> r.name().equals(Hyperparameters.DISCRIMINATOR_LEARNING_RATE))
                .singleElement().satisfies(r -> {
                    assertThat(r.values()).containsExactly("same as learning rate", RunComparisonService.NOT_APPLICABLE);
                    assertThat(r.differs()).isTrue();
                });
        // every row has a value per run, in the runs' order
        assertThat(rows).allSatisfy(r -> assertThat(r.values()).hasSize(2));
        assertThat(rows).filteredOn(r -> r.name().equals("learning rate")).singleElement()
                .satisfies(r -> assertThat(r.differs()).isFalse());
    }

    private static RunSnapshot snapshot(long id, String template, TaskKind task) {
        GraphDocument graph = TEMPLATES.find(template).orElseThrow().document();
        RunSummary summary = new RunSummary(id, null, 1, graph.name(), "data", RunState.SUCCEEDED, null, 5, 5, 0.4,
                0.9, Instant.EPOCH, Instant.EPOCH, Instant.EPOCH, task, 0.9, 5, new RunProvenance(null, null, null),
                Duration.ZERO);
        return new RunSnapshot(summary, graph, "data", ADAM);
    }
}
