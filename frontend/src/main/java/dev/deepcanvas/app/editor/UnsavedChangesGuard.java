package dev.deepcanvas.app.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.BeforeLeaveEvent;

/**
 * Keeps unsaved edits from being lost by accident: the browser warns before the tab is closed or reloaded, and
 * leaving the editor for another page of the app asks first.
 */
final class UnsavedChangesGuard {

    private final Component view;

    UnsavedChangesGuard(Component view) {
        this.view = view;
    }

    /** Tells the browser whether closing the tab would lose something; the unload hook is installed once per page. */
    void update(boolean dirty) {
        view.getElement().executeJs("window.__deepcanvasDirty = $0;"
                + "if (!window.__deepcanvasUnloadHook) { window.__deepcanvasUnloadHook = true;"
                + " window.addEventListener('beforeunload', e => { if (window.__deepcanvasDirty) {"
                + " e.preventDefault(); e.returnValue = ''; } }); }", dirty);
    }

    /** Holds the navigation until the user chooses; {@code discard} runs before leaving without saving. */
    void confirmLeave(BeforeLeaveEvent event, String graphName, Runnable discard) {
        BeforeLeaveEvent.ContinueNavigationAction action = event.postpone();
        ConfirmDialog confirm = new ConfirmDialog("Unsaved changes",
                "'" + graphName + "' has changes that are not saved. Leave anyway?", "Leave without saving",
                e -> {
                    discard.run();
                    action.proceed();
                }, "Stay", e -> action.cancel());
        confirm.setConfirmButtonTheme("error primary");
        confirm.setId("unsaved-dialog");
        confirm.open();
    }
}
