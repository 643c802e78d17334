package dev.deepcanvas.bench.gan;

import dev.deepcanvas.graph.document.GraphJson;
import dev.deepcanvas.templates.TemplateCatalog;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GanCandidateTest {

    private final TemplateCatalog catalog = TemplateCatalog.load();

    @Test
    void theTemplateAloneIsItsOwnDocumentWithItsDefaults() throws Exception {
        GanCandidate c = GanCandidate.parse(catalog, new String[] {"digit-gan"});
        assertThat(c.document()).isEqualTo(catalog.find("digit-gan").orElseThrow().document());
        assertThat(c.options()).isEqualTo(dev.deepcanvas.backend.training.RunOptions.none());
        assertThat(c.label()).isEqualTo("digit-gan");
    }

    @Test
    void aGraphFileAndSettingsChangeTheRunAndNameTheGrid(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("wider.graph.json");
        Files.writeString(file, GraphJson.write(catalog.find("digit-gan").orElseThrow().document().withName("w")));
        GanCandidate c = GanCandidate.parse(catalog, new String[] {"digit-gan", file.toString(), "dlr=0.0004",
                "epochs=3", "batch=32", "seed=7"});
        assertThat(c.document().name()).isEqualTo("w");
        assertThat(c.options().discriminatorLearningRate()).isEqualTo(0.0004);
        assertThat(c.options().epochs()).isEqualTo(3);
        assertThat(c.options().batchSize()).isEqualTo(32);
        assertThat(c.options().seed()).isEqualTo(7L);
        assertThat(c.label()).isEqualTo("digit-gan-wider-dlr_0.0004-epochs_3-batch_32-seed_7");
    }

    @Test
    void badArgumentsAreNamed(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> GanCandidate.parse(catalog, new String[] {}))
                .hasMessageStartingWith("usage: bench/gan-dev.sh");
        assertThatThrownBy(() -> GanCandidate.parse(catalog, new String[] {"lenet-mnist"}))
                .hasMessageContaining("'lenet-mnist' is not a GAN template").hasMessageContaining("dcgan-shapes");
        assertThatThrownBy(() -> GanCandidate.parse(catalog, new String[] {"digit-gan", "lr=fast"}))
                .hasMessageContaining("fast is not a number");
        assertThatThrownBy(() -> GanCandidate.parse(catalog, new String[] {"digit-gan", "seed=0.5"}))
                .hasMessageContaining("0.5 is not a whole number");
        assertThatThrownBy(() -> GanCandidate.parse(catalog, new String[] {"digit-gan", "momentum=0.9"}))
                .hasMessageContaining("Unknown setting 'momentum'");
        Path broken = Files.writeString(dir.resolve("broken.json"), "{\"nodes\": [");
        assertThatThrownBy(() -> GanCandidate.parse(catalog, new String[] {"digit-gan", broken.toString()}))
                .hasMessageContaining("broken.json is not a graph document");
        assertThatThrownBy(() -> GanCandidate.parse(catalog, new String[] {"digit-gan", "epochs=3", "x.json"}))
                .hasMessageContaining("the graph file comes right after the template id");
    }
}
