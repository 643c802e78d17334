package dev.deepcanvas.app.training;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import dev.deepcanvas.app.datasets.DatasetCard;
import dev.deepcanvas.backend.dataset.DatasetDescriptor;
import dev.deepcanvas.backend.training.DatasetFitCheck;
import dev.deepcanvas.backend.training.RunOptions;
import dev.deepcanvas.backend.training.TrainingRejectedException;
import dev.deepcanvas.graph.analysis.Problem;
import dev.deepcanvas.graph.document.GraphDocument;
import com.vaadin.flow.component.html.Span;

import java.util.function.Consumer;

import java.util.List;

/**
 * Train's dialog: pick a dataset (built-in or uploaded), see whether the graph fits it and what to change if
 * not, adjust this run's settings, start. Reasons the service gives for refusing are shown here, in place.
 */
public class StartRunDialog extends Dialog {

    /** Starts the run; throws when the run launcher refuses it. */
    @FunctionalInterface
    public interface Starter {
        void start(DatasetDescriptor dataset, RunOptions options) throws TrainingRejectedException;
    }

    private final GraphDocument graph;
    private final DatasetFitCheck fitCheck;
    private final ComboBox<DatasetDescriptor> picker = new ComboBox<>("Dataset");
    private final Div card = new Div();
    private final Div fit = new Div();
    private final UnorderedList errors = new UnorderedList();
    private final Button start = new Button("Start training", VaadinIcon.PLAY.create());
    private final boolean graphBroken;

    /**
     * @param graphProblems the compiler's problems with the graph: while there are any, they are listed first, each
     *                      with a way to its node, and Start stays disabled
     * @param showNode      closes nothing itself: called with a node id to show it on the canvas
     */
    public StartRunDialog(DatasetFitCheck fitCheck, GraphDocument graph, List<Problem> graphProblems,
                          Consumer<String> showNode, List<DatasetDescriptor> datasets,
                          DatasetDescriptor suggested, RunOptions initial, Starter starter) {
        this.fitCheck = fitCheck;
        this.graph = graph;
        this.graphBroken = !graphProblems.isEmpty();
        setId("start-run-dialog");
        setHeaderTitle("Train '" + graph.name() + "'");
        setWidth("760px");

        picker.setId("dataset-picker");
        picker.setItems(datasets);
        picker.setItemLabelGenerator(d -> d.title() + (d.synthetic() ? " (synthetic)" : ""));
        picker.setWidthFull();
        picker.setAllowCustomValue(false);
        card.addClassName("dataset-choice");
        fit.setId("dataset-fit");
        errors.setId("start-errors");
        errors.addClassName("form-errors");
        errors.setVisible(false);
        RunOptionsForm form = new RunOptionsForm(initial, dev.deepcanvas.graph.analysis.GanBlocks.isGan(graph));

        picker.addValueChangeListener(e -> showDataset(e.getValue()));
        picker.setValue(suggested);

        start.setId("start-run-button");
        start.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        start.addClickListener(e -> {
            List<String> problems = form.problems();
            if (picker.getValue() == null) {
                problems = new java.util.ArrayList<>(problems);
                problems.add(0, "Choose a dataset to train on.");
            }
            if (!problems.isEmpty()) {
                showErrors(problems);
                return;
            }
            try {
                starter.start(picker.getValue(), form.options());
                close();
            } catch (TrainingRejectedException ex) {
                showErrors(ex.reasons());
            }
        });
        Button cancel = new Button("Cancel", e -> close());
        cancel.setId("start-cancel-button");

        // What stops the run comes first, where it is seen without scrolling.
        add(errors);
        if (graphBroken) {
            add(problemList(graphProblems, showNode));
        }
        add(picker, card, fit, form);
        getFooter().add(cancel, start);
    }

    private void showDataset(DatasetDescriptor dataset) {
        card.removeAll();
        fit.removeAll();
        errors.setVisible(false);
        if (dataset == null) {
            return;
        }
        card.add(new DatasetCard(dataset));
        if (graphBroken) {
            // A verdict on a graph that does not compile would mislead: the problems above come first.
            fit.getElement().setAttribute("data-fits", "false");
            fit.setClassName("dataset-fit pending");
            fit.add(new Paragraph("Its fit to the dataset is checked once the graph's problems are fixed."));
            start.setEnabled(false);
            return;
        }
        List<String> problems = fitCheck.problems(graph, dataset);
        boolean fits = problems.isEmpty();
        fit.getElement().setAttribute("data-fits", String.valueOf(fits));
        fit.setClassName("dataset-fit " + (fits ? "fits" : "misfits"));
        if (fits) {
            fit.add(new Paragraph("✓ This graph fits the dataset."));
        } else {
            fit.add(new Paragraph("This graph does not fit the dataset yet:"));
            UnorderedList list = new UnorderedList();
            problems.forEach(p -> list.add(new ListItem(p)));
            fit.add(list);
        }
        start.setEnabled(fits);
    }

    /** The graph's problems, each naming its node with a button that shows the node on the canvas. */
    private Div problemList(List<Problem> problems, Consumer<String> showNode) {
        Paragraph head = new Paragraph(problems.size() == 1 ? "This graph has a problem. Fix it before training:"
                : "This graph has " + problems.size() + " problems. Fix them before training:");
        head.addClassName("graph-problems-head");
        UnorderedList list = new UnorderedList();
        for (Problem problem : problems) {
            ListItem item = new ListItem();
            if (problem.nodeId() != null) {
                Button node = new Button("Show '" + problem.nodeId() + "'", e -> {
                    close();
                    showNode.accept(problem.nodeId());
                });
                node.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                node.getElement().setAttribute("data-node", problem.nodeId());
                item.add(node, new Span(" " + problem.message()));
            } else {
                item.add(new Span(problem.message()));
            }
            list.add(item);
        }
        Div box = new Div(head, list);
        box.setId("start-graph-problems");
        box.addClassName("graph-problems");
        box.getElement().setAttribute("role", "alert");
        return box;
    }

    private void showErrors(List<String> problems) {
        errors.removeAll();
        problems.forEach(p -> errors.add(new ListItem(p)));
        errors.setVisible(true);
        // the list heads the dialog, and a user who pressed Start after a field further down has scrolled past it
        errors.scrollIntoView();
    }
}
