package dev.deepcanvas.app.datasets;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import dev.deepcanvas.backend.dataset.DatasetDescriptor;
import dev.deepcanvas.backend.dataset.TensorSpec;

import java.util.stream.Collectors;

/** A dataset at a glance: title with a "synthetic" badge, task, description, shapes in and out, split sizes. */
public class DatasetCard extends Div {

    public DatasetCard(DatasetDescriptor dataset) {
        addClassName("dataset-card");
        getElement().setAttribute("data-dataset", dataset.id());
        Span title = new Span(dataset.title());
        title.addClassName("dataset-title");
        Div heading = new Div(title);
        heading.addClassName("dataset-heading");
        if (dataset.synthetic()) {
            heading.add(badge("synthetic", "badge contrast"));
        }
        heading.add(badge(dataset.task().label(), "badge"));

        Paragraph description = new Paragraph(dataset.description());
        description.addClassName("dataset-description");
        Div facts = new Div(fact("In", dataset.inputs().stream().map(DatasetCard::shape)
                        .collect(Collectors.joining(", "))),
                fact("Out", dataset.outputs().stream().map(DatasetCard::shape).collect(Collectors.joining(", "))
                        + (dataset.classCount() > 0 ? " · " + dataset.classCount() + " classes" : "")),
                fact("Samples", String.format("%,d train · %,d validation · %,d test", dataset.counts().train(),
                        dataset.counts().validation(), dataset.counts().test())));
        facts.addClassName("dataset-facts");
        add(heading, description, facts);
    }

    /** "pixels 28×28×1": the array's meaning and the compiler's shape text. */
    public static String shape(TensorSpec spec) {
        return spec.name() + " " + spec.shape().text();
    }

    private static Span badge(String text, String theme) {
        Span badge = new Span(text);
        badge.getElement().setAttribute("theme", theme + " small");
        return badge;
    }

    private static Div fact(String label, String value) {
        Span name = new Span(label);
        name.addClassName("fact-label");
        Div row = new Div(name, new Span(value));
        row.addClassName("dataset-fact");
        return row;
    }
}
