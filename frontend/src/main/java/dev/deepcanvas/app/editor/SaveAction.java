package dev.deepcanvas.app.editor;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import dev.deepcanvas.backend.graph.GraphService;
import dev.deepcanvas.backend.graph.SavedGraph;

import java.util.function.Consumer;

/**
 * Save as the user sees it: {@link GraphSaving} does the saving, this shows why a save was refused and carries
 * out the choice made after a conflict.
 */
final class SaveAction {

    private final GraphSaving saving;
    private final Runnable focusName;
    private final Consumer<SavedGraph> open;
    private final Consumer<SavedGraph> navigateTo;

    /**
     * @param focusName  puts the cursor where a missing name is typed
     * @param open       opens a graph in this editor in place of the current edits
     * @param navigateTo goes to another graph's editor (a new page, so a fresh history)
     */
    SaveAction(GraphService graphs, EditSession session, Runnable focusName, Consumer<SavedGraph> open,
               Consumer<SavedGraph> navigateTo) {
        this.saving = new GraphSaving(graphs, session, new Shown());
        this.focusName = focusName;
        this.open = open;
        this.navigateTo = navigateTo;
    }

    /** Saves the edits; false when the save was refused, which the user has then been told. */
    boolean save() {
        return saving.save();
    }

    private final class Shown implements GraphSaving.Refusals {
        @Override
        public void savedElsewhere(String message) {
            new SaveConflictDialog(message, () -> navigateTo.accept(saving.saveMineAsCopy()),
                    () -> open.accept(saving.loadTheirs())).open();
        }

        @Override
        public void invalid(String message) {
            Notification.show(message + " Type one in the box at the top left.", 6000,
                    Notification.Position.MIDDLE).addThemeVariants(NotificationVariant.LUMO_WARNING);
            focusName.run();
        }
    }
}
