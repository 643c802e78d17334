package dev.deepcanvas.app.inside;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import dev.deepcanvas.backend.dataset.DatasetAttribute;
import dev.deepcanvas.backend.inside.GanInsideService;
import dev.deepcanvas.backend.inside.GeneratorFacts;
import dev.deepcanvas.backend.inside.GeneratorLayers;
import dev.deepcanvas.backend.inside.InsideRejectedException;
import dev.deepcanvas.backend.inside.LayerActivations;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntConsumer;

/**
 * Inside a GAN: its finished generator asked for pictures on the spot. A strip walks from noise A to noise B (seeds
 * the user types, or a new pair); a conditional GAN's class picker asks every picture for one class (and, for a
 * generator told attributes, a picker per attribute for one colour); a sheet shows that choice from fresh noise;
 * and one picture of the strip is followed through the generator's layers. The training's own timeline, a grid per
 * epoch, stays in its section above; the panel points there.
 */
public class GanInsidePanel extends Div {

    /** The seeds a run page opens with, so that the same run shows the same pictures to everyone. */
    static final int FIRST_FROM_SEED = 1;
    static final int FIRST_TO_SEED = 2;
    static final int FIRST_SHEET_SEED = 3;
    /** New seeds are drawn below this, to stay short enough to read out in class. */
    private static final int SEED_BOUND = 100_000;

    private final GeneratorQueries generator;
    private final Random newSeeds;
    private final IntegerField fromSeed = new IntegerField("Noise A · seed");
    private final IntegerField toSeed = new IntegerField("Noise B · seed");
    private final Paragraph error = new Paragraph();
    private final Div walk = new Div();
    private final Div sheet = new Div();
    private final Paragraph layersCaption = new Paragraph();
    private final Div layers = new Div();
    private final Div classPicker = new Div();
    /** One picker per attribute the generator is told beside the class (the shapes' size and colour), in order. */
    private final List<Div> attributePickers = new ArrayList<>();
    private final List<Integer> chosenValues = new ArrayList<>();
    private Integer chosenClass;
    private int pickedStep;
    private long sheetSeed = FIRST_SHEET_SEED;

    public GanInsidePanel(long runId, GanInsideService service) {
        this(GeneratorQueries.of(runId, service));
    }

    /** The panel for a generator reached another way than as its owner (a share link). */
    public GanInsidePanel(GeneratorQueries generator) {
        this(generator, new Random());
    }

    GanInsidePanel(GeneratorQueries generator, Random newSeeds) {
        this.generator = generator;
        this.newSeeds = newSeeds;
        setId("gan-inside");
        setWidthFull();
        error.setId("gan-inside-error");
        error.addClassName("form-error");
        error.setVisible(false);
        GeneratorFacts facts;
        try {
            facts = generator.facts();
        } catch (InsideRejectedException e) {
            // unfinished, deleted, another user's, the generator file gone: a fact about the run, said in one line
            Paragraph why = new Paragraph(e.getMessage());
            why.setId("gan-inside-unavailable");
            add(why);
            return;
        }
        add(timelinePointer(), error);
        addClassChoice(facts);
        addWalk(facts);
        addSheet(facts);
        addLayers();
        drawWalkAndLayers();
        drawSheet();
    }

    private Paragraph timelinePointer() {
        Paragraph pointer = new Paragraph("The per-epoch view is the timeline above, “Generated samples, epoch by "
                + "epoch”: the samples of every epoch, from the same noise, as training went. Here the finished "
                + "generator draws on demand, from noise whose seeds you choose.");
        pointer.setId("gan-timeline-pointer");
        pointer.addClassName("muted");
        return pointer;
    }

    private void addClassChoice(GeneratorFacts facts) {
        if (!facts.conditional()) {
            Paragraph none = new Paragraph("This GAN is not conditional: its generator has no ClassInput, so there "
                    + "is no class to choose. Each picture is whatever its noise makes.");
            none.setId("gan-no-classes");
            add(none);
            return;
        }
        chosenClass = 0;
        classPicker.setId("gan-class-picker");
        fillPicker(classPicker, "Class to draw:", facts.classNames(), "data-class", this::choose);
        markChosen(classPicker, "data-class", chosenClass);
        add(classPicker);
        for (int a = 0; a < facts.attributes().size(); a++) {
            DatasetAttribute attribute = facts.attributes().get(a);
            int which = a;
            Div picker = new Div();
            picker.setId("gan-attribute-picker-" + attribute.name());
            fillPicker(picker, capitalised(attribute.name()) + " to draw:", attribute.values(), "data-value",
                    value -> chooseValue(which, value));
            chosenValues.add(0);
            markChosen(picker, "data-value", 0);
            attributePickers.add(picker);
            add(picker);
        }
        String told = listed(facts, "the ");
        Paragraph explain = new Paragraph("A conditional GAN's generator reads " + told + " beside the noise: every "
                + "picture below is asked for the chosen " + (facts.attributes().isEmpty() ? "class." : "ones."));
        explain.addClassName("muted");
        add(explain);
    }

    /** A row of small buttons, one per name, each carrying its index in {@code dataAttribute}. */
    private static void fillPicker(Div picker, String label, List<String> names, String dataAttribute,
                                   IntConsumer onChoose) {
        picker.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("align-items", "center")
                .set("gap", "var(--lumo-space-xs)");
        picker.add(new Span(label));
        for (int i = 0; i < names.size(); i++) {
            int chosen = i;
            Button button = new Button(names.get(i), e -> onChoose.accept(chosen));
            button.getElement().setAttribute(dataAttribute, String.valueOf(i));
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
            picker.add(button);
        }
    }

    /**
     * What a generator is told, each word after {@code article}: "the class", "the class and the colour", or "the
     * class, the size and the colour".
     */
    private static String listed(GeneratorFacts facts, String article) {
        List<String> words = new ArrayList<>();
        words.add(article + "class");
        facts.attributes().forEach(a -> words.add(article + a.name()));
        int last = words.size() - 1;
        return last == 0 ? words.get(0) : String.join(", ", words.subList(0, last)) + " and " + words.get(last);
    }

    private static String capitalised(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    private void addWalk(GeneratorFacts facts) {
        Paragraph explain = new Paragraph("Two noise vectors of " + facts.noiseSize() + " random numbers each, and "
                + "the way between them in equal steps. A generator that has learned smoothly changes its picture "
                + "bit by bit along the way; sudden jumps or the same picture all along (mode collapse) show "
                + "what it has not learned. The way follows the sphere the noise lies on, so every step is noise "
                + "of the kind the generator saw in training.");
        explain.addClassName("muted");
        for (IntegerField seed : List.of(fromSeed, toSeed)) {
            seed.setStepButtonsVisible(true);
            seed.setWidth("11em");
            seed.addValueChangeListener(e -> {
                if (e.isFromClient()) {
                    drawWalkAndLayers();
                }
            });
        }
        fromSeed.setId("gan-seed-from");
        fromSeed.setValue(FIRST_FROM_SEED);
        toSeed.setId("gan-seed-to");
        toSeed.setValue(FIRST_TO_SEED);
        Button newPair = new Button("New pair", e -> {
            fromSeed.setValue(newSeeds.nextInt(SEED_BOUND));
            toSeed.setValue(newSeeds.nextInt(SEED_BOUND));
            drawWalkAndLayers();
        });
        newPair.setId("gan-new-pair");
        HorizontalLayout seeds = new HorizontalLayout(fromSeed, toSeed, newPair);
        seeds.setAlignItems(FlexComponent.Alignment.BASELINE);
        seeds.getStyle().set("flex-wrap", "wrap");
        add(new H4("From noise A to noise B"), explain, seeds, walk);
    }

    private void addSheet(GeneratorFacts facts) {
        Button newNoise = new Button("New noise", e -> {
            sheetSeed = newSeeds.nextInt(SEED_BOUND);
            drawSheet();
        });
        newNoise.setId("gan-new-noise");
        String chosen = listed(facts, "");
        Paragraph explain = new Paragraph(facts.conditional()
                ? "The chosen " + chosen + " from fresh noise: what stays the same is what the generator learned "
                + "the " + chosen + (facts.attributes().isEmpty() ? " looks" : " look")
                + " like; what changes is up to the noise."
                : "Pictures from fresh noise: the variety the generator can make.");
        explain.addClassName("muted");
        add(new H4(facts.conditional() ? "Pictures of one class" : "Fresh pictures"), explain, newNoise, sheet);
    }

    private void addLayers() {
        layersCaption.setId("gan-layers-caption");
        layersCaption.addClassName("muted");
        layers.setId("gan-layers");
        add(new H4("Inside the generator"), layersCaption, layers);
    }

    private void choose(int classIndex) {
        chosenClass = classIndex;
        markChosen(classPicker, "data-class", classIndex);
        drawWalkAndLayers();
        drawSheet();
    }

    private void chooseValue(int attribute, int value) {
        chosenValues.set(attribute, value);
        markChosen(attributePickers.get(attribute), "data-value", value);
        drawWalkAndLayers();
        drawSheet();
    }

    private static void markChosen(Div picker, String dataAttribute, int chosenIndex) {
        picker.getChildren().filter(Button.class::isInstance).map(Button.class::cast).forEach(b -> {
            boolean chosen = String.valueOf(chosenIndex).equals(b.getElement().getAttribute(dataAttribute));
            if (chosen) {
                b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            } else {
                b.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            b.getElement().setAttribute("aria-pressed", String.valueOf(chosen));
        });
    }

    private void drawWalkAndLayers() {
        if (fromSeed.getValue() == null || toSeed.getValue() == null) {
            reject("Enter a whole number as the seed of " + (fromSeed.getValue() == null ? "noise A." : "noise B."));
            return;
        }
        try {
            walk.removeAll();
            walk.add(new NoiseWalkStrip(generator.interpolate(fromSeed.getValue(), toSeed.getValue(), chosenClass,
                    List.copyOf(chosenValues)),
                    pickedStep, this::pick));
            error.setVisible(false);
        } catch (InsideRejectedException e) {
            reject(e.getMessage());
            return;
        }
        drawLayers();
    }

    private void pick(int step) {
        pickedStep = step;
        drawWalkAndLayers();
    }

    private void drawLayers() {
        try {
            GeneratorLayers seen = generator.layers(fromSeed.getValue(), toSeed.getValue(), pickedStep, chosenClass,
                    List.copyOf(chosenValues));
            layersCaption.setText("What each layer of the generator made of the noise at "
                    + NoiseWalkStrip.label(seen.fraction(), seen.step(), GanInsideService.STEPS)
                    + (seen.step() == 0 || seen.step() == GanInsideService.STEPS - 1 ? "" : " of the way")
                    + " in the strip above" + (seen.className() == null ? "" : " and the class “"
                    + seen.className() + "”") + ", from the noise to the picture.");
            layers.removeAll();
            List<LayerActivations> all = seen.layers();
            for (int i = 0; i < all.size(); i++) {
                layers.add(new GeneratorLayerSection(all.get(i), i == all.size() - 1));
            }
        } catch (InsideRejectedException e) {
            reject(e.getMessage());
        }
    }

    private void drawSheet() {
        try {
            sheet.removeAll();
            sheet.add(new ClassSheet(generator.samples(chosenClass, List.copyOf(chosenValues), sheetSeed)));
        } catch (InsideRejectedException e) {
            reject(e.getMessage());
        }
    }

    private void reject(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
