package dev.deepcanvas.app.editor;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.contextmenu.SubMenu;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.menubar.MenuBar;
import com.vaadin.flow.component.menubar.MenuBarVariant;
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
        undo.setAriaLabel("Undo");
        undo.addClickListener(e -> actions.undo());
        redo.setId("redo-button");
        redo.setTooltipText("Redo (Ctrl+Shift+Z)");
        redo.setAriaLabel("Redo");
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

        // On narrow screens the secondary actions fold into "More" (the theme switches between the two), so that
        // Share, Save and Train always stay in view.
        HorizontalLayout secondary = new HorizontalLayout(summary, code, versions, importButton, exportLink);
        secondary.addClassName("toolbar-secondary");
        secondary.setSpacing(false);
        secondary.setAlignItems(FlexComponent.Alignment.CENTER);
        MenuBar more = moreMenu(actions);

        add(name, saveState, totals, undo, redo, secondary, more, share, save, train);
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
        String text = totalsText(analysis.totalParams(), analysis.problems().size());
        totals.setText(text);
        totals.getElement().setAttribute("title", text); // the whole text, when a narrow toolbar cuts it short
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

    /** The folded secondary actions, for screens too narrow to show them all (see the theme's toolbar rules). */
    private static MenuBar moreMenu(Actions actions) {
        MenuBar menu = new MenuBar();
        menu.setId("more-menu");
        menu.addClassName("toolbar-overflow");
        menu.addThemeVariants(MenuBarVariant.LUMO_TERTIARY, MenuBarVariant.LUMO_ICON);
        MenuItem more = menu.addItem(VaadinIcon.ELLIPSIS_DOTS_H.create());
        more.setAriaLabel("More actions");
        more.getElement().setAttribute("title", "More actions: summary, code, versions, import, export");
        SubMenu items = more.getSubMenu();
        items.addItem("Summary", e -> actions.showSummary()).setId("more-summary");
        items.addItem("Java code", e -> actions.showCode()).setId("more-code");
        items.addItem("Versions", e -> actions.openVersions()).setId("more-versions");
        items.addItem("Import JSON", e -> actions.importGraph()).setId("more-import");
        // The export link's download is the one place that serves the file; the menu item follows it.
        items.addItem("Export JSON", e -> menu.getElement().executeJs(
                "document.getElementById('export-link').click()")).setId("more-export");
        return menu;
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
