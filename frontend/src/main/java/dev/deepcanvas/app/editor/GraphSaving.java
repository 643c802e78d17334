package dev.deepcanvas.app.editor;

import dev.deepcanvas.backend.graph.GraphConflictException;
import dev.deepcanvas.backend.graph.GraphService;
import dev.deepcanvas.backend.graph.SavedGraph;
import dev.deepcanvas.graph.document.GraphDocument;

/**
 * Saving the graph of an {@link EditSession}. Nothing is ever overwritten: when someone saved the graph in another
 * tab or browser since it was opened, the save is refused and the user chooses between keeping their version as a
 * new graph and loading the other one.
 */
final class GraphSaving {

    /** How a save that did not happen is explained; the graph stays open with its edits either way. */
    interface Refusals {
        /** Someone saved the graph elsewhere since it was opened; offer {@link #saveMineAsCopy()} or {@link #loadTheirs()}. */
        void savedElsewhere(String message);

        /** The graph cannot be saved as it is (it has no name); the message says what is missing. */
        void invalid(String message);
    }

    static final String COPY_SUFFIX = " (my copy)";

    private final GraphService graphs;
    private final EditSession session;
    private final Refusals refusals;

    GraphSaving(GraphService graphs, EditSession session, Refusals refusals) {
        this.graphs = graphs;
        this.session = session;
        this.refusals = refusals;
    }

    /** Saves the current document as the graph's next version; false when refused (and explained). */
    boolean save() {
        SavedGraph saved = session.saved();
        try {
            session.saved(graphs.save(saved.id(), saved.lockVersion(), session.current()));
            return true;
        } catch (GraphConflictException e) {
            refusals.savedElsewhere(e.getMessage());
            return false;
        } catch (IllegalArgumentException e) {
            refusals.invalid(e.getMessage());
            return false;
        }
    }

    /** After a conflict: the edits become a new graph of their own, which the editor then opens. */
    SavedGraph saveMineAsCopy() {
        GraphDocument mine = session.current();
        SavedGraph copy = graphs.create(mine.withName(mine.name() + COPY_SUFFIX));
        session.discardChanges();
        return copy;
    }

    /** After a conflict: the graph as saved elsewhere, to be opened in place of these edits. */
    SavedGraph loadTheirs() {
        return graphs.load(session.saved().id());
    }
}
