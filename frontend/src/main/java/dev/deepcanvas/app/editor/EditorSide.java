package dev.deepcanvas.app.editor;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import dev.deepcanvas.graph.analysis.Analysis;
import dev.deepcanvas.graph.analysis.GanBlocks;
import dev.deepcanvas.graph.document.GraphDocument;

import java.util.List;

/**
 * The column right of the canvas: Properties, Problems and Training tabs, one panel visible at a time. The Problems
 * tab counts the problems so they are noticed while another tab is open.
 */
class EditorSide extends VerticalLayout {

    private final PropertiesPanel properties;
    private final ProblemsPanel problems;
    private final TrainingSettingsForm settingsForm;
    private final VerticalLayout trainingSide;
    private final Tabs tabs = new Tabs();
    private final Tab propertiesTab = new Tab("Properties");
    private final Tab problemsTab = new Tab("Problems");
    private final Tab trainingTab = new Tab("Training");

    EditorSide(PropertiesPanel properties, ProblemsPanel problems, TrainingSettingsForm settingsForm,
               RunPanel runPanel) {
        this.properties = properties;
        this.problems = problems;
        this.settingsForm = settingsForm;

        tabs.add(propertiesTab, problemsTab, trainingTab);
        tabs.setWidthFull();
        tabs.addSelectedChangeListener(e -> show(e.getSelectedTab()));
        problemsTab.setId("problems-tab");
        trainingTab.setId("training-tab");
        propertiesTab.setId("properties-tab");

        trainingSide = new VerticalLayout(settingsForm, runPanel);
        trainingSide.setPadding(false);
        trainingSide.setSpacing(false);
        trainingSide.addClassName("training-side");
        settingsForm.getElement().getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m) 0");

        Div panels = new Div(properties, problems, trainingSide);
        panels.addClassName("side-panels");
        add(tabs, panels);
        addClassName("editor-side");
        setPadding(false);
        setSpacing(false);
        setWidth("360px");
        getStyle().set("flex-shrink", "0");
        show(propertiesTab);
    }

    /** Redraws the panels for this document, its analysis and the nodes selected on the canvas. */
    void update(GraphDocument doc, Analysis analysis, List<String> selection) {
        properties.show(doc, analysis, selection);
        problems.show(analysis);
        settingsForm.show(doc.training(), GanBlocks.isGan(doc));
    }

    void countProblems(int count) {
        problemsTab.setLabel(problemsLabel(count));
    }

    void showProperties() {
        show(propertiesTab);
    }

    void showTraining() {
        show(trainingTab);
    }

    private void show(Tab tab) {
        if (tabs.getSelectedTab() != tab) {
            tabs.setSelectedTab(tab);
        }
        properties.setVisible(tab == propertiesTab);
        problems.setVisible(tab == problemsTab);
        trainingSide.setVisible(tab == trainingTab);
    }

    /** "Problems" when the compiler found none, "Problems (3)" otherwise. */
    static String problemsLabel(int count) {
        return count == 0 ? "Problems" : "Problems (" + count + ")";
    }
}
