package dev.deepcanvas.app.inside;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Image;
import dev.deepcanvas.backend.dataset.DatasetAttribute;
import dev.deepcanvas.backend.inside.ClassSamples;
import dev.deepcanvas.backend.inside.FeatureMap;
import dev.deepcanvas.backend.inside.GanInsideService;
import dev.deepcanvas.backend.inside.GeneratedPictures;
import dev.deepcanvas.backend.inside.GeneratorFacts;
import dev.deepcanvas.backend.inside.GeneratorLayers;
import dev.deepcanvas.backend.inside.InsideRejectedException;
import dev.deepcanvas.backend.inside.LayerActivations;
import dev.deepcanvas.backend.inside.LayerKind;
import dev.deepcanvas.backend.inside.NoiseInterpolation;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The GAN panel of the Inside section against made-up generator answers: what it asks for and what it shows. */
class GanInsideViewsTest {

    private static final int STEPS = GanInsideService.STEPS;

    /** Answers like a generator of 2 × 2 grey pictures and records every question. */
    private static class FakeGenerator implements GeneratorQueries {
        final List<String> asked = new ArrayList<>();
        final List<String> classes;
        final List<DatasetAttribute> attributes;

        FakeGenerator(List<String> classes) {
            this(classes, List.of());
        }

        FakeGenerator(List<String> classes, List<DatasetAttribute> attributes) {
            this.classes = classes;
            this.attributes = attributes;
        }

        @Override
        public GeneratorFacts facts() {
            return new GeneratorFacts(7, 16, classes, attributes);
        }

        @Override
        public NoiseInterpolation interpolate(long fromSeed, long toSeed, Integer classIndex, List<Integer> values) {
            asked.add("walk " + fromSeed + "→" + toSeed + " class " + classIndex + valuesText(values));
            return new NoiseInterpolation(fromSeed, toSeed, classIndex, name(classIndex),
                    IntStream.range(0, STEPS).mapToObj(s -> s / (double) (STEPS - 1)).toList(), pictures(STEPS));
        }

        @Override
        public ClassSamples samples(Integer classIndex, List<Integer> values, long seed) {
            asked.add("sheet " + seed + " class " + classIndex + valuesText(values));
            return new ClassSamples(seed, classIndex, name(classIndex), pictures(GanInsideService.SAMPLES));
        }

        @Override
        public GeneratorLayers layers(long fromSeed, long toSeed, int step, Integer classIndex,
                                      List<Integer> values) {
            asked.add("layers step " + step + " class " + classIndex + valuesText(values));
            LayerActivations noise = new LayerActivations("noise", "NoiseInput", LayerKind.UNITS, List.of(2L),
                    List.of(), 0, List.of(0.5, -1.0), 2, -1, 0.5, null);
            LayerActivations up = new LayerActivations("up", "Conv2DTranspose", LayerKind.FEATURE_MAPS,
                    List.of(1L, 2L, 2L), List.of(new FeatureMap(0, 2, 2, new float[]{0, 1, 1, 0})), 1, List.of(), 0,
                    0, 1, null);
            return new GeneratorLayers(fromSeed, toSeed, step, step / (double) (STEPS - 1), classIndex,
                    name(classIndex), List.of(noise, up));
        }

        /** Nothing for a generator told the class only, so its questions read as before. */
        private static String valuesText(List<Integer> values) {
            return values.isEmpty() ? "" : " values " + values;
        }

        private String name(Integer classIndex) {
            return classIndex == null ? null : classes.get(classIndex);
        }

        private static GeneratedPictures pictures(int n) {
            return new GeneratedPictures(1, 2, 2, false, Collections.nCopies(n, new float[]{0, 0.5f, 1, 0.25f}));
        }
    }

    @Test
    void aConditionalGanDrawsTheFirstClassFirstAndRedrawsEverythingForAnotherClass() {
        FakeGenerator generator = new FakeGenerator(List.of("circle", "square", "triangle"));
        GanInsidePanel panel = new GanInsidePanel(generator, new Random(1));

        assertThat(generator.asked).containsExactly("walk 1→2 class 0", "layers step 0 class 0", "sheet 3 class 0");
        assertThat(byId(panel, "gan-walk").findAll(Image.class)).hasSize(STEPS);
        assertThat(byId(panel, "gan-sheet").findAll(Image.class)).hasSize(GanInsideService.SAMPLES);
        assertThat(texts(panel)).anyMatch(t -> t.startsWith("The per-epoch view is the timeline above"));
        List<Button> picker = byId(panel, "gan-class-picker").findAll(Button.class);
        assertThat(picker).extracting(Button::getText).containsExactly("circle", "square", "triangle");
        assertThat(picker.get(0).getThemeName()).contains("primary");

        generator.asked.clear();
        picker.get(2).click();

        assertThat(generator.asked).containsExactly("walk 1→2 class 2", "layers step 0 class 2", "sheet 3 class 2");
        assertThat(picker.get(2).getThemeName()).contains("primary");
        assertThat(picker.get(0).getThemeName()).doesNotContain("primary");
        assertThat(texts(panel)).anyMatch(t -> t.contains("all asked for “triangle”"));
    }

    @Test
    void aGeneratorToldTheColourHasAColourPickerBesideTheClassPicker() {
        FakeGenerator generator = new FakeGenerator(List.of("circle", "square"),
                List.of(new DatasetAttribute("colour", List.of("red", "green", "blue"))));
        GanInsidePanel panel = new GanInsidePanel(generator, new Random(1));

        assertThat(generator.asked).containsExactly("walk 1→2 class 0 values [0]", "layers step 0 class 0 values [0]",
                "sheet 3 class 0 values [0]");
        List<Button> colours = byId(panel, "gan-attribute-picker-colour").findAll(Button.class);
        assertThat(colours).extracting(Button::getText).containsExactly("red", "green", "blue");
        assertThat(texts(panel)).contains("Colour to draw:").anyMatch(t -> t.startsWith("A conditional GAN's "
                + "generator reads the class and the colour beside the noise"));

        generator.asked.clear();
        colours.get(2).click();
        byId(panel, "gan-class-picker").findAll(Button.class).get(1).click();

        assertThat(generator.asked).containsExactly("walk 1→2 class 0 values [2]", "layers step 0 class 0 values [2]",
                "sheet 3 class 0 values [2]", "walk 1→2 class 1 values [2]", "layers step 0 class 1 values [2]",
                "sheet 3 class 1 values [2]");
        assertThat(colours.get(2).getThemeName()).contains("primary");
        assertThat(colours.get(0).getThemeName()).doesNotContain("primary");
    }

    @Test
    void aGeneratorToldSizeAndColourHasAPickerForEachInTheirOrder() {
        FakeGenerator generator = new FakeGenerator(List.of("circle", "square"),
                List.of(new DatasetAttribute("size", List.of("small", "large")),
                        new DatasetAttribute("colour", List.of("red", "green", "blue"))));
        GanInsidePanel panel = new GanInsidePanel(generator, new Random(1));

        assertThat(generator.asked).containsExactly("walk 1→2 class 0 values [0, 0]",
                "layers step 0 class 0 values [0, 0]", "sheet 3 class 0 values [0, 0]");
        assertThat(byId(panel, "gan-attribute-picker-size").findAll(Button.class)).extracting(Button::getText)
                .containsExactly("small", "large");
        assertThat(texts(panel)).contains("Size to draw:", "Colour to draw:").anyMatch(t -> t.startsWith(
                "A conditional GAN's generator reads the class, the size and the colour beside the noise"));

        generator.asked.clear();
        byId(panel, "gan-attribute-picker-size").findAll(Button.class).get(1).click();
        byId(panel, "gan-attribute-picker-colour").findAll(Button.class).get(2).click();

        assertThat(generator.asked).endsWith("walk 1→2 class 0 values [1, 2]", "layers step 0 class 0 values [1, 2]",
                "sheet 3 class 0 values [1, 2]");
    }

    @Test
    void clickingAPictureOfTheStripFollowsItsNoiseThroughTheLayers() {
        FakeGenerator generator = new FakeGenerator(List.of("a", "b"));
        GanInsidePanel panel = new GanInsidePanel(generator, new Random(1));
        generator.asked.clear();

        Component step = byId(panel, "gan-walk").descendants()
                .filter(c -> "4".equals(c.getElement().getAttribute("data-step"))).findFirst().orElseThrow();
        ComponentUtil.fireEvent(step, new ClickEvent<>(step));

        assertThat(generator.asked).containsExactly("walk 1→2 class 0", "layers step 4 class 0");
        assertThat(byId(panel, "gan-layers-caption").text()).startsWith(
                "What each layer of the generator made of the noise at 50% of the way in the strip above and the "
                        + "class “a”");
        assertThat(byId(panel, "gan-layers").descendants().map(c -> c.getElement().getAttribute("data-node"))
                .filter(n -> n != null)).containsExactly("noise", "up");
    }

    @Test
    void aNewPairAndNewNoiseAskForNewSeeds() {
        FakeGenerator generator = new FakeGenerator(List.of("a", "b"));
        GanInsidePanel panel = new GanInsidePanel(generator, new Random(1));
        generator.asked.clear();
        Random same = new Random(1);
        int from = same.nextInt(100_000);
        int to = same.nextInt(100_000);
        int sheet = same.nextInt(100_000);

        byId(panel, "gan-new-pair").find(Button.class).click();
        byId(panel, "gan-new-noise").find(Button.class).click();

        assertThat(generator.asked).containsExactly("walk " + from + "→" + to + " class 0",
                "layers step 0 class 0", "sheet " + sheet + " class 0");
    }

    @Test
    void anOrdinaryGanHasNoClassPickerAndSaysSo() {
        FakeGenerator generator = new FakeGenerator(List.of());
        GanInsidePanel panel = new GanInsidePanel(generator, new Random(1));

        assertThat(generator.asked).containsExactly("walk 1→2 class null", "layers step 0 class null",
                "sheet 3 class null");
        assertThat(descendants(panel).filter(c -> "gan-class-picker".equals(c.getId().orElse(null)))).isEmpty();
        assertThat(byId(panel, "gan-no-classes").text()).isEqualTo("This GAN is not conditional: its generator has "
                + "no ClassInput, so there is no class to choose. Each picture is whatever its noise makes.");
        assertThat(texts(panel)).contains("Fresh pictures", "16 pictures from the noise of seed 3.");
    }

    @Test
    void aRunWithoutAGeneratorSaysWhyInOneLine() {
        GeneratorQueries refused = new FakeGenerator(List.of()) {
            @Override
            public GeneratorFacts facts() {
                throw new InsideRejectedException("Run #7 is running: only a succeeded GAN run has a trained "
                        + "generator to draw with.");
            }
        };
        GanInsidePanel panel = new GanInsidePanel(refused, new Random(1));

        assertThat(texts(panel)).containsExactly("Run #7 is running: only a succeeded GAN run has a trained "
                + "generator to draw with.");
        assertThat(byId(panel, "gan-inside-unavailable")).isNotNull();
    }

    @Test
    void aRefusedDrawingIsShownAsAnErrorBesideWhatWasDrawnBefore() {
        FakeGenerator generator = new FakeGenerator(List.of("a")) {
            @Override
            public ClassSamples samples(Integer classIndex, List<Integer> values, long seed) {
                if (seed != 3) {
                    throw new InsideRejectedException("The generator of run #7 failed with an unexpected error; "
                            + "the details are in the log file.");
                }
                return super.samples(classIndex, values, seed);
            }
        };
        GanInsidePanel panel = new GanInsidePanel(generator, new Random(1));
        byId(panel, "gan-new-noise").find(Button.class).click();

        Found error = byId(panel, "gan-inside-error");
        assertThat(error.component().isVisible()).isTrue();
        assertThat(error.text()).startsWith("The generator of run #7 failed");
    }

    @Test
    void theStripNamesItsEndsAndTheGeneratorsLayersSayWhatTheyDo() {
        assertThat(NoiseWalkStrip.label(0, 0, 9)).isEqualTo("A");
        assertThat(NoiseWalkStrip.label(0.125, 1, 9)).isEqualTo("12.5%");
        assertThat(NoiseWalkStrip.label(1, 8, 9)).isEqualTo("B");
        LayerActivations grid = new LayerActivations("grid", "Reshape", LayerKind.FEATURE_MAPS, List.of(4L, 8L, 8L),
                List.of(), 4, List.of(), 0, 0, 1, null);
        assertThat(GeneratorLayerSection.meaning(grid, false)).startsWith("The same numbers laid out as small "
                + "pictures");
        assertThat(GeneratorLayerSection.meaning(grid, true)).startsWith("The generated picture");
        LayerActivations up = new LayerActivations("up1", "Conv2DTranspose", LayerKind.FEATURE_MAPS,
                List.of(8L, 16L, 16L), List.of(), 8, List.of(), 0, 0, 1, null);
        assertThat(GeneratorLayerSection.meaning(up, false)).contains("transposed convolution");
        assertThat(GeneratedImage.displaySize(28)).isEqualTo(84);
    }

    /** A component found by id, with what tests ask of it. */
    private record Found(Component component) {
        <T extends Component> List<T> findAll(Class<T> type) {
            return descendants().filter(type::isInstance).map(type::cast).toList();
        }

        <T extends Component> T find(Class<T> type) {
            return findAll(type).get(0);
        }

        Stream<Component> descendants() {
            return GanInsideViewsTest.descendants(component);
        }

        String text() {
            return ((HasText) component).getText();
        }
    }

    private static Found byId(Component root, String id) {
        return new Found(descendants(root).filter(c -> id.equals(c.getId().orElse(null))).findFirst()
                .orElseThrow(() -> new AssertionError("no #" + id)));
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(GanInsideViewsTest::descendants));
    }

    private static List<String> texts(Component root) {
        return descendants(root).filter(HasText.class::isInstance).map(c -> ((HasText) c).getText())
                .filter(t -> !t.isBlank()).toList();
    }
}
