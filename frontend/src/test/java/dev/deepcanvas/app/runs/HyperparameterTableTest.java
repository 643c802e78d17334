package dev.deepcanvas.app.runs;

import com.vaadin.flow.component.HasText;
import dev.deepcanvas.backend.results.TaskKind;
import dev.deepcanvas.backend.training.Hyperparameters;
import dev.deepcanvas.backend.training.RunProvenance;
import dev.deepcanvas.backend.training.RunSnapshot;
import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphJson;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The run page's Settings list: every setting the run used, and the GAN's own one only on a GAN. */
class HyperparameterTableTest {

    private static final Hyperparameters ADAM = new Hyperparameters("adam", 0.01, 16, 5, "xavier", 0.0001, 42, null,
            null, null);

    @Test
    void aClassifierRunListsItsSettingsWithoutTheDiscriminatorsRate() throws Exception {
        List<String> texts = texts(new HyperparameterTable(snapshot("iris-mlp", TaskKind.CLASSIFICATION, ADAM),
                "Iris flowers"));

        assertThat(texts).containsSubsequence("dataset", "Iris flowers", "learning rate", "0.01", "L2", "0.0001",
                "early stopping", "off");
        assertThat(texts).doesNotContain(HyperparameterTable.GAN_ONLY, "same as learning rate");
    }

    @Test
    void aGanRunShowsItsDiscriminatorsRateAsAsTableNamesIt() throws Exception {
        List<String> texts = texts(new HyperparameterTable(snapshot("digit-gan", TaskKind.GAN, ADAM), "Digits"));

        assertThat(ADAM.asTable()).containsKey(HyperparameterTable.GAN_ONLY);
        assertThat(texts).containsSubsequence("learning rate", "0.01", HyperparameterTable.GAN_ONLY,
                "same as learning rate");
    }

    private static RunSnapshot snapshot(String template, TaskKind task, Hyperparameters hyperparameters)
            throws Exception {
        GraphDocument graph = GraphJson.parse(template(template));
        RunSummary summary = new RunSummary(7, null, 1, graph.name(), "iris", RunState.SUCCEEDED, null, 5, 5, 0.4,
                0.9, Instant.EPOCH, Instant.EPOCH, Instant.EPOCH, task, 0.9, 5, new RunProvenance(null, null, null),
                Duration.ZERO);
        return new RunSnapshot(summary, graph, "iris", hyperparameters);
    }

    private static String template(String name) throws IOException {
        try (InputStream in = HyperparameterTableTest.class
                .getResourceAsStream("/dev/deepcanvas/templates/" + name + ".graph.json")) {
            assertThat(in).as("the gallery's " + name + " graph on the test class path").isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static List<String> texts(HyperparameterTable table) {
        return table.getChildren().filter(c -> c instanceof HasText).map(c -> ((HasText) c).getText()).toList();
    }
}
