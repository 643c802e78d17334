package dev.deepcanvas.app.editor;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;

/**
 * Asked when a save finds the graph saved elsewhere since it was opened. Nothing has been overwritten; the user
 * keeps their version as a copy, reloads the other one (losing these unsaved edits), or goes on editing.
 */
class SaveConflictDialog extends ConfirmDialog {

    SaveConflictDialog(String message, Runnable saveMineAsCopy, Runnable reloadTheirs) {
        setId("conflict-dialog");
        setHeader("Saved elsewhere");
        setText(message);
        setConfirmText("Save mine as a copy");
        addConfirmListener(e -> saveMineAsCopy.run());
        setRejectable(true);
        setRejectText("Reload theirs");
        addRejectListener(e -> reloadTheirs.run());
        setCancelable(true);
        setCancelText("Keep editing");
    }
}
