package dev.deepcanvas.backend.graph;

import dev.deepcanvas.backend.ServiceTest;
import dev.deepcanvas.db.testing.DatabaseTest;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphNode;
import dev.deepcanvas.graph.document.Position;
import dev.deepcanvas.backend.account.AccountService;
import dev.deepcanvas.backend.account.SignedIn;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@DatabaseTest
class GraphServiceTest extends ServiceTest {

    @Autowired
    GraphService graphs;
    @Autowired
    AccountService accounts;

    @BeforeEach
    void signIn() {
        SignedIn.as(SignedIn.newAccount(accounts, "graphs"));
    }

    @AfterEach
    void signOut() {
        SignedIn.anonymous();
    }

    @Test
    void aNewGraphFromTheStarterTemplateIsVersionOne() {
        SavedGraph graph = graphs.createFromTemplate(GraphService.STARTER_TEMPLATE);

        assertThat(graph.version()).isEqualTo(1);
        assertThat(graph.document().nodes()).extracting(GraphNode::id).containsExactly("input", "dense1", "output");
        assertThat(graphs.analyze(graph.document()).isValid()).isTrue();
    }

    @Test
    void savingMovedNodesKeepsTheirPositionsAndAddsAVersion() {
        SavedGraph graph = graphs.createFromTemplate(GraphService.STARTER_TEMPLATE);
        GraphDocument moved = moveFirstNode(graph.document(), 123, 456);

        SavedGraph saved = graphs.save(graph.id(), graph.lockVersion(), moved);

        assertThat(saved.version()).isEqualTo(2);
        SavedGraph reloaded = graphs.load(graph.id());
        assertThat(reloaded.document().nodes().get(0).position()).isEqualTo(new Position(123, 456));
        assertThat(reloaded.version()).isEqualTo(2);
    }

    @Test
    void aSaveFromAStaleCopyIsRefusedAndLosesNothing() {
        SavedGraph opened = graphs.createFromTemplate(GraphService.STARTER_TEMPLATE);
        graphs.save(opened.id(), opened.lockVersion(), moveFirstNode(opened.document(), 1, 1));

        assertThatThrownBy(() -> graphs.save(opened.id(), opened.lockVersion(), moveFirstNode(opened.document(), 2, 2)))
                .isInstanceOf(GraphConflictException.class)
                .hasMessageContaining("saved elsewhere");
        assertThat(graphs.load(opened.id()).document().nodes().get(0).position()).isEqualTo(new Position(1, 1));
    }

    @Test
    void anUnknownGraphIsReportedByItsId() {
        assertThatThrownBy(() -> graphs.load(987_654L))
                .isInstanceOf(GraphNotFoundException.class)
                .hasMessageContaining("987654");
    }

    @Test
    void versionsAreListedNewestFirstAndCanBeOpened() {
        SavedGraph graph = graphs.createFromTemplate(GraphService.STARTER_TEMPLATE);
        graphs.save(graph.id(), graph.lockVersion(), moveFirstNode(graph.document(), 7, 7));

        assertThat(graphs.versions(graph.id())).extracting(GraphVersionInfo::version).containsExactly(2, 1);
        assertThat(graphs.loadVersion(graph.id(), 1).nodes().get(0).position())
                .isEqualTo(graph.document().nodes().get(0).position());
    }

    @Test
    void blankDuplicateRenameAndDelete() {
        SavedGraph blank = graphs.createBlank("  My model ");
        assertThat(blank.name()).isEqualTo("My model");
        assertThat(blank.document().nodes()).isEmpty();

        SavedGraph copy = graphs.duplicate(blank.id(), "Copy of my model");
        assertThat(copy.id()).isNotEqualTo(blank.id());
        assertThat(graphs.rename(copy.id(), "Renamed").name()).isEqualTo("Renamed");

        graphs.delete(copy.id());
        assertThatThrownBy(() -> graphs.load(copy.id())).isInstanceOf(GraphNotFoundException.class);
        assertThat(graphs.load(blank.id()).name()).isEqualTo("My model");
    }

    @Test
    void aBlankNameIsRefused() {
        SavedGraph graph = graphs.createFromTemplate(GraphService.STARTER_TEMPLATE);
        assertThatThrownBy(() -> graphs.rename(graph.id(), "   "))
                .isInstanceOf(IllegalArgumentException.class).hasMessage("A graph needs a name.");
    }

    private static GraphDocument moveFirstNode(GraphDocument doc, double x, double y) {
        List<GraphNode> nodes = new ArrayList<>(doc.nodes());
        GraphNode first = nodes.get(0);
        nodes.set(0, new GraphNode(first.id(), first.type(), first.params(), new Position(x, y), first.group()));
        return new GraphDocument(doc.format(), doc.version(), doc.name(), doc.description(), nodes, doc.edges(),
                doc.training());
    }
}
