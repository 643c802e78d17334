package dev.deepcanvas.app.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import dev.deepcanvas.graph.analysis.Analysis;

/**
 * The bar above the canvas: the graph's name, whether it is saved, its size and problem count, and the graph's
 * actions. It shows what it is told and passes every click on to {@link Actions}.
 */
class EditorToolbar extends HorizontalLayout {

    /** What the toolbar's controls ask the editor to do. */
    interface Actions {
        /** The user typed a new name (sent when the field is left or Enter is pressed). */
        void rename(String name);

        void undo();

        void redo();

        void showSummary();

        void showCode();

        void openVersions();

        void importGraph();

        void share();

        void save();

        void train();
    }

    private final TextField name = new TextField();
    private final Span saveState = new Span();
    private final Span totals = new Span();
    private final Button undo = new Button(VaadinIcon.ARROW_BACKWARD.create());
    private final Button redo = new Button(VaadinIcon.ARROW_FORWARD.create());

    EditorToolbar(Actions actions, Component exportLink) {
        name.setId("graph-name");
        name.setAriaLabel("Graph name");
        name.setMaxLength(200);
        name.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                actions.rename(e.getValue());
            }
        });

        undo.setId("undo-button");
        undo.setTooltipText("Undo (Ctrl+Z)");
        undo.addClickListener(e -> actions.undo());
        redo.setId("redo-button");
        redo.setTooltipText("Redo (Ctrl+Shift+Z)");
        redo.addClickListener(e -> actions.redo());
        undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        redo.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);

        Button summary = tertiary("Summary", VaadinIcon.TABLE, "summary-button", actions::showSummary);
        Button code = tertiary("Code", VaadinIcon.CODE, "code-button", actions::showCode);
        Button versions = tertiary("Versions", VaadinIcon.TIME_BACKWARD, "versions-button", actions::openVersions);
        Button importButton = tertiary("Import", VaadinIcon.UPLOAD, "import-button", actions::importGraph);
        Button share = new Button("Share", VaadinIcon.SHARE.create(), e -> actions.share());
        share.setId("share-button");
        share.addThemeVariants(ButtonVariant.LUMO_TERTIARY);

        Button save = new Button("Save", VaadinIcon.CHECK.create(), e -> actions.save());
        save.setId("save-button");
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL).setBrowserDefaultAllowed(false);
        Button train = new Button("Train", VaadinIcon.PLAY.create(), e -> actions.train());
        train.setId("train-button");
        train.addThemeVariants(ButtonVariant.LUMO_PRIMARY);

        saveState.setId("save-state");
        saveState.addClassName("muted");
        totals.setId("graph-totals");
        totals.addClassName("graph-totals");

        add(name, saveState, totals, undo, redo, summary, code, versions, importButton, exportLink, share, save, train);
        addClassName("editor-toolbar");
        setWidthFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        expand(totals);
    }

    void showName(String graphName) {
        name.setValue(graphName);
    }

    /** Puts the cursor in the name field, where a missing name is typed. */
    void focusName() {
        name.focus();
    }

    void showSaveState(boolean dirty, int savedVersion) {
        saveState.setText(saveStateText(dirty, savedVersion));
    }

    void showHistory(boolean canUndo, boolean canRedo) {
        undo.setEnabled(canUndo);
        redo.setEnabled(canRedo);
    }

    void showTotals(Analysis analysis) {
        totals.setText(totalsText(analysis.totalParams(), analysis.problems().size()));
        // The exact count for tests and scripts, whatever the text's number format.
        totals.getElement().setAttribute("data-params", String.valueOf(analysis.totalParams()));
    }

    static String saveStateText(boolean dirty, int savedVersion) {
        return dirty ? "Unsaved changes" : "Saved · version " + savedVersion;
    }

    /** "431,080 parameters", with " · 1 problem" or " · 3 problems" when the compiler found any. */
    static String totalsText(long params, int problems) {
        return String.format("%,d parameters", params)
                + (problems == 0 ? "" : " · " + problems + (problems == 1 ? " problem" : " problems"));
    }

    /** A secondary action: an icon with its name as tooltip and label for screen readers, to keep the bar short. */
    private static Button tertiary(String text, VaadinIcon icon, String id, Runnable action) {
        Button button = new Button(icon.create(), e -> action.run());
        button.setId(id);
        button.setTooltipText(text);
        button.setAriaLabel(text);
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        return button;
    }
}
