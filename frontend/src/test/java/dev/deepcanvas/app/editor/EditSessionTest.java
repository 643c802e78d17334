package dev.deepcanvas.app.editor;

import dev.deepcanvas.backend.graph.SavedGraph;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.GraphNode;
import dev.deepcanvas.graph.document.TrainingSettings;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class EditSessionTest {

    static final GraphDocument DOC = GraphDocument.of("Iris", List.of(
            GraphNode.of("in", "Input", Map.of("size", 4)),
            GraphNode.of("out", "Output", Map.of("units", 3))), List.of(), TrainingSettings.defaults());

    static SavedGraph saved(GraphDocument doc, int version, long lock) {
        return new SavedGraph(7L, doc.name(), doc.description(), version, lock, Instant.EPOCH, doc, "ann", true,
                false, null, false, null, 0);
    }

    private final List<Boolean> shownStates = new ArrayList<>();
    private EditSession session;

    private EditSession openOn(SavedGraph graph) {
        session = new EditSession(() -> shownStates.add(session.dirty()));
        session.open(graph);
        return session;
    }

    @Test
    void opensCleanWithNothingToUndo() {
        EditSession s = openOn(saved(DOC, 3, 11));
        assertThat(s.current()).isEqualTo(DOC);
        assertThat(s.dirty()).isFalse();
        assertThat(s.canUndo()).isFalse();
        assertThat(s.canRedo()).isFalse();
        assertThat(shownStates).containsExactly(false);
    }

    @Test
    void anEditIsUndoableAndMarksTheGraphUnsaved() {
        EditSession s = openOn(saved(DOC, 3, 11));
        GraphDocument renamed = DOC.withName("Irises");
        assertThat(s.apply(renamed)).isTrue();
        assertThat(s.current()).isEqualTo(renamed);
        assertThat(s.dirty()).isTrue();
        assertThat(s.canUndo()).isTrue();
        assertThat(shownStates).containsExactly(false, true);

        assertThat(s.undo()).contains(DOC);
        assertThat(s.current()).isEqualTo(DOC);
        assertThat(s.dirty()).as("undoing back to the saved state still counts as a change").isTrue();
        assertThat(s.redo()).contains(renamed);
        assertThat(s.current()).isEqualTo(renamed);
    }

    @Test
    void anEditThatChangesNothingIsNotRecorded() {
        EditSession s = openOn(saved(DOC, 3, 11));
        assertThat(s.apply(DOC.withName("Iris"))).isFalse();
        assertThat(s.dirty()).isFalse();
        assertThat(s.canUndo()).isFalse();
        assertThat(shownStates).containsExactly(false);
    }

    @Test
    void undoAndRedoWithNothingRecordedChangeNothing() {
        EditSession s = openOn(saved(DOC, 3, 11));
        assertThat(s.undo()).isEmpty();
        assertThat(s.redo()).isEmpty();
        assertThat(s.current()).isEqualTo(DOC);
        assertThat(s.dirty()).isFalse();
    }

    @Test
    void savingKeepsTheHistoryButClearsTheUnsavedMark() {
        EditSession s = openOn(saved(DOC, 3, 11));
        GraphDocument edited = DOC.withDescription("Three species");
        s.apply(edited);
        s.saved(saved(edited, 4, 12));
        assertThat(s.dirty()).isFalse();
        assertThat(s.saved().version()).isEqualTo(4);
        assertThat(s.saved().lockVersion()).isEqualTo(12);
        assertThat(s.canUndo()).as("undo still reaches before the save").isTrue();
    }

    @Test
    void openingAnotherGraphForgetsTheHistory() {
        EditSession s = openOn(saved(DOC, 3, 11));
        s.apply(DOC.withName("Changed"));
        s.open(saved(DOC.withName("Other"), 1, 1));
        assertThat(s.canUndo()).isFalse();
        assertThat(s.dirty()).isFalse();
        assertThat(s.current().name()).isEqualTo("Other");
    }

    @Test
    void aSharingChangeTakesTheNewLockButKeepsTheOpenDocument() {
        EditSession s = openOn(saved(DOC, 3, 11));
        GraphDocument edited = DOC.withName("Edited");
        s.apply(edited);
        SavedGraph shared = new SavedGraph(7L, "Iris", "", 3, 12, Instant.EPOCH.plusSeconds(5),
                DOC.withName("from the database"), "ann", true, true, "secret", true, null, 2);

        s.sharingChanged(shared);
        assertThat(s.saved().lockVersion()).isEqualTo(12);
        assertThat(s.saved().shareToken()).isEqualTo("secret");
        assertThat(s.saved().isPublic()).isTrue();
        assertThat(s.saved().forkCount()).isEqualTo(2);
        assertThat(s.saved().document()).isEqualTo(DOC);
        assertThat(s.current()).isEqualTo(edited);
        assertThat(s.dirty()).as("sharing does not save the edits").isTrue();
    }

    @Test
    void discardingChangesClearsTheUnsavedMarkOnly() {
        EditSession s = openOn(saved(DOC, 3, 11));
        GraphDocument edited = DOC.withName("Edited");
        s.apply(edited);
        s.discardChanges();
        assertThat(s.dirty()).isFalse();
        assertThat(s.current()).isEqualTo(edited);
        assertThat(shownStates).containsExactly(false, true, false);
    }
}
