package dev.deepcanvas.app.editor;

import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.graph.document.TrainingSettings;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EditHistoryTest {

    private static GraphDocument named(String name) {
        return GraphDocument.of(name, List.of(), List.of(), TrainingSettings.defaults());
    }

    @Test
    void undoReturnsTheStatesBeforeEachEditNewestFirstAndRedoReplaysThem() {
        EditHistory history = new EditHistory();
        GraphDocument a = named("a");
        GraphDocument b = named("b");
        GraphDocument c = named("c");
        history.recordBefore(a); // a → b
        history.recordBefore(b); // b → c

        assertThat(history.undo(c)).contains(b);
        assertThat(history.undo(b)).contains(a);
        assertThat(history.canUndo()).isFalse();
        assertThat(history.undo(a)).isEmpty();

        assertThat(history.redo(a)).contains(b);
        assertThat(history.redo(b)).contains(c);
        assertThat(history.canRedo()).isFalse();
        assertThat(history.redo(c)).isEmpty();
        assertThat(history.undo(c)).contains(b);
    }

    @Test
    void aNewEditAfterUndoDropsWhatCouldBeRedone() {
        EditHistory history = new EditHistory();
        history.recordBefore(named("a"));
        history.undo(named("b"));
        assertThat(history.canRedo()).isTrue();

        history.recordBefore(named("a"));
        assertThat(history.canRedo()).isFalse();
        assertThat(history.redo(named("x"))).isEmpty();
    }

    @Test
    void keepsOnlyTheNewestEditsUpToTheLimit() {
        EditHistory history = new EditHistory();
        for (int i = 0; i < EditHistory.LIMIT + 5; i++) {
            history.recordBefore(named("v" + i));
        }
        GraphDocument current = named("now");
        int undone = 0;
        GraphDocument last = null;
        for (var doc = history.undo(current); doc.isPresent(); doc = history.undo(doc.get())) {
            last = doc.get();
            undone++;
        }
        assertThat(undone).isEqualTo(EditHistory.LIMIT);
        assertThat(last.name()).as("the oldest states were dropped").isEqualTo("v5");
    }

    @Test
    void clearForgetsBothDirections() {
        EditHistory history = new EditHistory();
        history.recordBefore(named("a"));
        history.recordBefore(named("b"));
        history.undo(named("c"));
        history.clear();
        assertThat(history.canUndo()).isFalse();
        assertThat(history.canRedo()).isFalse();
    }
}
