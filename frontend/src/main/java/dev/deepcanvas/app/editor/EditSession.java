package dev.deepcanvas.app.editor;

import dev.deepcanvas.backend.graph.SavedGraph;
import dev.deepcanvas.graph.document.GraphDocument;

import java.util.Optional;

/**
 * The graph open in one editor: the saved graph it came from, the document as edited since, the undo history and
 * whether there are unsaved changes. No Vaadin here, so the rules of editing are tested without a browser; the
 * view only shows what this holds.
 */
final class EditSession {

    private final EditHistory history = new EditHistory();
    private final Runnable onSaveStateChange;
    private SavedGraph saved;
    private GraphDocument current;
    private boolean dirty;

    /** @param onSaveStateChange told whenever {@link #dirty()} may have changed, to update what shows it */
    EditSession(Runnable onSaveStateChange) {
        this.onSaveStateChange = onSaveStateChange;
    }

    /** Starts afresh on a graph as saved: no history, nothing unsaved. */
    void open(SavedGraph graph) {
        saved = graph;
        current = graph.document();
        history.clear();
        markDirty(false);
    }

    /**
     * One undoable edit: remembers the document it replaces and marks the graph unsaved.
     *
     * @return false, with nothing recorded, when {@code next} is the document already open
     */
    boolean apply(GraphDocument next) {
        if (next.equals(current)) {
            return false;
        }
        history.recordBefore(current);
        current = next;
        markDirty(true);
        return true;
    }

    /** Steps back one edit; empty when there is none. */
    Optional<GraphDocument> undo() {
        return restore(history.undo(current));
    }

    /** Steps forward again after an undo; empty when there is nothing to redo. */
    Optional<GraphDocument> redo() {
        return restore(history.redo(current));
    }

    private Optional<GraphDocument> restore(Optional<GraphDocument> doc) {
        doc.ifPresent(d -> {
            current = d;
            markDirty(true);
        });
        return doc;
    }

    /** The current document was saved as {@code graph}; its lock token is the one the next save presents. */
    void saved(SavedGraph graph) {
        saved = graph;
        markDirty(false);
    }

    /**
     * The sharing settings changed while the graph is open. Changing them moves the graph's lock token on, so the
     * new token is kept for the next save to succeed; the document stays the one the editor holds.
     */
    void sharingChanged(SavedGraph updated) {
        saved = new SavedGraph(updated.id(), updated.name(), updated.description(), updated.version(),
                updated.lockVersion(), updated.updatedAt(), saved.document(), updated.ownerName(), updated.editable(),
                updated.isPublic(), updated.shareToken(), updated.shareRuns(), updated.forkedFromId(),
                updated.forkCount());
    }

    /** The user chose to leave (or keep a copy elsewhere) without saving: the edits here no longer count as unsaved. */
    void discardChanges() {
        markDirty(false);
    }

    private void markDirty(boolean value) {
        dirty = value;
        onSaveStateChange.run();
    }

    boolean isOpen() {
        return current != null;
    }

    GraphDocument current() {
        return current;
    }

    SavedGraph saved() {
        return saved;
    }

    boolean dirty() {
        return dirty;
    }

    boolean canUndo() {
        return history.canUndo();
    }

    boolean canRedo() {
        return history.canRedo();
    }
}
