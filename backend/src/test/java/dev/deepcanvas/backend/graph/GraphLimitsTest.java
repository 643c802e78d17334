package dev.deepcanvas.backend.graph;

import dev.deepcanvas.backend.ServiceTest;
import dev.deepcanvas.backend.dataset.builtin.IrisDataset;
import dev.deepcanvas.backend.training.DatasetFitCheck;
import dev.deepcanvas.backend.training.RunLauncher;
import dev.deepcanvas.backend.training.TrainingRejectedException;
import dev.deepcanvas.graph.analysis.Problem;
import dev.deepcanvas.graph.analysis.ProblemCode;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.templates.TemplateCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A configured limit holds everywhere the application looks at a graph: here at most two nodes, so the three-node
 * Iris classifier is refused by the editor's analysis, the Train dialog's check and the run launcher alike.
 *
 * <p>Its own Spring context (the limit differs) shares the test database with the others, and every context's job
 * engine takes queued runs from it: closed after the class, so that it never takes another test's run and refuses it.
 */
@TestPropertySource(properties = "deepcanvas.graph.limits.max-nodes=2")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
class GraphLimitsTest extends ServiceTest {

    @Autowired
    GraphService graphs;
    @Autowired
    RunLauncher launcher;
    @Autowired
    DatasetFitCheck fitCheck;
    @Autowired
    TemplateCatalog templates;

    @Test
    void aGraphOverTheConfiguredNodeLimitIsRefused() {
        GraphDocument iris = templates.find("iris-mlp").orElseThrow().document();
        assertThat(iris.nodes()).hasSize(3);

        assertThat(graphs.analyze(iris).problems()).extracting(Problem::code).containsExactly(ProblemCode.TOO_LARGE);
        assertThat(graphs.analyze(iris).problems().get(0).message())
                .isEqualTo("The graph has 3 nodes; the limit is 2. Split it into smaller models.");
        assertThatThrownBy(() -> launcher.start(new RunLauncher.StartRequest(null, null, iris, IrisDataset.ID)))
                .isInstanceOf(TrainingRejectedException.class)
                .hasMessageContaining("The graph has 3 nodes; the limit is 2.");
        assertThat(fitCheck.problems(iris, IrisDataset.DESCRIPTOR)).isNotEmpty();
    }
}
