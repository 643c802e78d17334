package dev.deepcanvas.app.editor;

import dev.deepcanvas.backend.graph.GraphConflictException;
import dev.deepcanvas.backend.graph.GraphService;
import dev.deepcanvas.backend.graph.SavedGraph;
import dev.deepcanvas.graph.document.GraphDocument;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static dev.deepcanvas.app.editor.EditSessionTest.DOC;
import static dev.deepcanvas.app.editor.EditSessionTest.saved;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

class GraphSavingTest {

    private final GraphService graphs = mock(GraphService.class);
    private final List<String> refused = new ArrayList<>();
    private final EditSession session = new EditSession(() -> {
    });
    private final GraphSaving saving = new GraphSaving(graphs, session, new GraphSaving.Refusals() {
        @Override
        public void savedElsewhere(String message) {
            refused.add("elsewhere: " + message);
        }

        @Override
        public void invalid(String message) {
            refused.add("invalid: " + message);
        }
    });
    private final GraphDocument edited = DOC.withDescription("Three species");

    @BeforeEach
    void openAndEdit() {
        session.open(saved(DOC, 3, 11));
        session.apply(edited);
    }

    @Test
    void savesTheCurrentDocumentUnderTheLockItWasOpenedWith() {
        when(graphs.save(7L, 11L, edited)).thenReturn(saved(edited, 4, 12));

        assertThat(saving.save()).isTrue();
        assertThat(session.dirty()).isFalse();
        assertThat(session.saved().version()).isEqualTo(4);
        assertThat(refused).isEmpty();

        GraphDocument again = edited.withName("Irises");
        session.apply(again);
        when(graphs.save(7L, 12L, again)).thenReturn(saved(again, 5, 13));
        assertThat(saving.save()).as("the next save presents the new lock").isTrue();
        assertThat(session.saved().version()).isEqualTo(5);
    }

    @Test
    void aGraphSavedElsewhereIsNotOverwrittenAndTheUserIsAsked() {
        GraphConflictException conflict = new GraphConflictException("Iris");
        when(graphs.save(7L, 11L, edited)).thenThrow(conflict);

        assertThat(saving.save()).isFalse();
        assertThat(refused).containsExactly("elsewhere: " + conflict.getMessage());
        assertThat(session.dirty()).isTrue();
        assertThat(session.current()).isEqualTo(edited);
    }

    @Test
    void aGraphThatCannotBeSavedSaysWhy() {
        when(graphs.save(7L, 11L, edited)).thenThrow(new IllegalArgumentException("A graph needs a name."));

        assertThat(saving.save()).isFalse();
        assertThat(refused).containsExactly("invalid: A graph needs a name.");
        assertThat(session.dirty()).isTrue();
    }

    @Test
    void keepingMineSavesTheEditsAsANewGraphNamedAsACopy() {
        GraphDocument copy = edited.withName("Iris (my copy)");
        when(graphs.create(copy)).thenReturn(new SavedGraph(8L, copy.name(), "", 1, 0, null, copy, "ann", true,
                false, null, false, null, 0));

        assertThat(saving.saveMineAsCopy().id()).isEqualTo(8L);
        verify(graphs, never()).save(any(Long.class), any(Long.class), any());
        assertThat(session.dirty()).as("nothing left unsaved to warn about on the way to the copy").isFalse();
    }

    @Test
    void reloadingTheirsLoadsTheGraphAsSavedElsewhere() {
        SavedGraph theirs = saved(DOC.withName("Theirs"), 4, 12);
        when(graphs.load(7L)).thenReturn(theirs);
        assertThat(saving.loadTheirs()).isEqualTo(theirs);
    }
}
