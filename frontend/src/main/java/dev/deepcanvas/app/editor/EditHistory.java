package dev.deepcanvas.app.editor;

import dev.deepcanvas.graph.document.GraphDocument;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * Undo and redo for one editor: documents are immutable, so the history is simply the states before and
 * after each edit. Bounded, so a long session does not grow without limit.
 */
final class EditHistory {

    static final int LIMIT = 200;

    private final Deque<GraphDocument> undo = new ArrayDeque<>();
    private final Deque<GraphDocument> redo = new ArrayDeque<>();

    /** Records the state an edit is about to replace; a new edit makes the redo branch unreachable. */
    void recordBefore(GraphDocument previous) {
        undo.push(previous);
        if (undo.size() > LIMIT) {
            undo.removeLast();
        }
        redo.clear();
    }

    Optional<GraphDocument> undo(GraphDocument current) {
        if (undo.isEmpty()) {
            return Optional.empty();
        }
        redo.push(current);
        return Optional.of(undo.pop());
    }

    Optional<GraphDocument> redo(GraphDocument current) {
        if (redo.isEmpty()) {
            return Optional.empty();
        }
        undo.push(current);
        return Optional.of(redo.pop());
    }

    boolean canUndo() {
        return !undo.isEmpty();
    }

    boolean canRedo() {
        return !redo.isEmpty();
    }

    void clear() {
        undo.clear();
        redo.clear();
    }
}
