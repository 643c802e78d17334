package dev.deepcanvas.app.inside;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import dev.deepcanvas.backend.inside.InsideExample;
import dev.deepcanvas.backend.inside.InsideRejectedException;
import dev.deepcanvas.backend.inside.InsideService;
import dev.deepcanvas.backend.inside.LayerActivations;
import dev.deepcanvas.backend.inside.LearnedFilters;
import org.nd4j.linalg.api.ndarray.INDArray;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Inside the model: pick a held-out example (by number, or step through them) and see what every layer made of
 * it, from the input to the class probabilities.
 */
public class InsidePanel extends Div {

    private final InsideQueries inside;
    private final IntegerField index = new IntegerField("Held-out example");
    private final Span summary = new Span();
    /** The dataset's own text of the example: the sentence, the source and target of a translation, the caption. */
    private final Paragraph text = new Paragraph();
    private final Paragraph error = new Paragraph();
    private final Div layers = new Div();
    private int count;
    private Optional<LearnedFilters> filters = Optional.empty();
    /** The layer the editor sent the user to, or null. */
    private String focused;

    public InsidePanel(long runId, InsideService inside) {
        this(InsideQueries.of(runId, inside));
    }

    /** The panel for a model reached another way than as its owner (a share link). */
    public InsidePanel(InsideQueries inside) {
        this.inside = inside;
        setId("inside");
        setWidthFull();
        error.setId("inside-error");
        error.addClassName("form-error");
        error.setVisible(false);
        summary.setId("inside-summary");
        text.setId("inside-text");
        text.addClassName("muted");
        text.setVisible(false);
        layers.setId("inside-layers");
        try {
            count = inside.exampleCount();
            filters = inside.firstFilters();
        } catch (InsideRejectedException e) {
            // The run as a whole cannot be looked into (not succeeded, a GAN, its data gone): a fact, not an error.
            Paragraph why = new Paragraph(e.getMessage());
            why.setId("inside-unavailable");
            add(why);
            return;
        }
        index.setId("inside-index");
        index.setHelperText("0 to " + (count - 1));
        index.setMin(0);
        index.setMax(count - 1);
        index.setValue(0);
        index.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                show();
            }
        });
        Button previous = new Button("Previous", e -> step(-1));
        previous.setId("inside-previous");
        previous.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        Button next = new Button("Next", e -> step(1));
        next.setId("inside-next");
        next.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout picker = new HorizontalLayout(previous, index, next, summary);
        picker.setAlignItems(FlexComponent.Alignment.BASELINE);
        // on a phone the example's answer goes below the buttons instead of widening the page
        picker.getStyle().set("flex-wrap", "wrap");
        add(picker, text, error);
        inside.ownPictureShape().ifPresent(shape -> add(new OwnPicture(shape, this::showOwn, this::reject)));
        if (inside.acceptsSentences()) {
            add(new OwnSentence(this::showSentence));
        }
        add(layers);
        show();
    }

    private void step(int by) {
        int current = index.getValue() == null ? 0 : index.getValue();
        index.setValue(Math.floorMod(current + by, count));
        show();
    }

    private void show() {
        if (index.getValue() == null) {
            reject("Enter the number of a held-out example, from 0 to " + (count - 1) + ".");
            return;
        }
        try {
            InsideExample example = inside.look(index.getValue());
            // a model that reads words has its saliency per word, at the vectors its embedding makes of them
            display(example, () -> example.words().isEmpty()
                    ? new SaliencyView(example, (unit, score) -> inside.saliency(example.index(), unit, score))
                    : SaliencyView.ofWords(example, (unit, score) -> inside.wordSaliency(example.index(), unit,
                    score)));
        } catch (InsideRejectedException e) {
            reject(e.getMessage());
        }
    }

    /** Every layer for a picture the user drew or uploaded, in place of the held-out example. */
    private void showOwn(INDArray picture) {
        try {
            InsideExample example = inside.lookAtPicture(picture);
            display(example, () -> new SaliencyView(example, (unit, score) -> inside.saliencyOfPicture(picture,
                    unit, score)));
        } catch (InsideRejectedException e) {
            reject(e.getMessage());
        }
    }

    /** Every layer for a sentence the user typed, read as the model reads its data. */
    private void showSentence(String sentence) {
        try {
            InsideExample example = inside.lookAtSentence(sentence);
            display(example, () -> SaliencyView.ofWords(example, (unit, score) -> inside.wordSaliencyOfSentence(
                    sentence, unit, score)));
        } catch (InsideRejectedException e) {
            reject(e.getMessage());
        }
    }

    /** @param saliency the example's saliency view, not asked for a model that writes a sequence */
    private void display(InsideExample example, Supplier<SaliencyView> saliency) {
        error.setVisible(false);
        summary.setText(summary(example));
        text.setText(example.text() == null ? "" : example.text());
        text.setVisible(example.text() != null);
        layers.removeAll();
        List<LayerActivations> all = example.layers();
        for (int i = 0; i < all.size(); i++) {
            LayerSection section = new LayerSection(all.get(i), example, isInput(all.get(i), i));
            String node = all.get(i).nodeId();
            filters.filter(f -> f.nodeId().equals(node)).ifPresent(f -> section.add(new FilterGrid(f)));
            layers.add(section);
        }
        if (example.sequence() == null) {
            layers.add(saliency.get());
        } else {
            Paragraph why = new Paragraph("No saliency map here: a model that writes a sequence answers with a "
                    + "token per step, not one class to trace back to the input.");
            why.setId("inside-saliency-unavailable");
            why.addClassName("muted");
            layers.add(why);
        }
        markFocused();
    }

    /**
     * Brings one layer's section into view and marks it, for the editor's "What this layer saw"; where the run's
     * Inside view has no such section (it cannot be looked into, or the layer is not drawn), the panel itself, whose
     * first line says why.
     */
    public void focus(String nodeId) {
        focused = nodeId;
        Optional<LayerSection> section = markFocused();
        ScrollWhenLoaded.to(section.isPresent() ? section.get() : this);
    }

    /** Marks the focused layer's section, and keeps it marked as the user steps through examples. */
    private Optional<LayerSection> markFocused() {
        Optional<LayerSection> section = layers.getChildren()
                .filter(LayerSection.class::isInstance).map(LayerSection.class::cast)
                .filter(s -> focused != null && focused.equals(s.getElement().getAttribute("data-node")))
                .findFirst();
        section.ifPresent(LayerSection::markFocused);
        return section;
    }

    /**
     * Whether the layer is one of the model's inputs, explained as what the network receives: the first layer, and
     * every input node of a model with several (a captioner's picture and previous words).
     */
    static boolean isInput(LayerActivations layer, int position) {
        return position == 0 || layer.nodeType().endsWith("Input");
    }

    /** "Example #7 · true answer: circle · predicted: circle ✓", or "Your own input · predicted: circle". */
    static String summary(InsideExample example) {
        if (example.index() == InsideService.OWN_INPUT) {
            return "Your own input" + (example.predicted() == null ? "" : " · predicted: " + example.predicted());
        }
        return "Example #" + example.index() + " · true answer: " + example.label()
                + (example.predicted() == null ? "" : " · predicted: " + example.predicted()
                + (example.predicted().equals(example.label()) ? " ✓" : " ✗"));
    }

    private void reject(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
