package dev.deepcanvas.app.inside;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.html.Image;
import dev.deepcanvas.backend.inside.FeatureMap;
import dev.deepcanvas.backend.inside.InsideExample;
import dev.deepcanvas.backend.inside.LayerActivations;
import dev.deepcanvas.backend.inside.LayerKind;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The Inside view's drawings of each kind of layer, as the reader sees them. */
class InsideViewsTest {

    private static final LayerActivations CONV = new LayerActivations("conv1", "Conv2D", LayerKind.FEATURE_MAPS,
            List.of(2L, 2L, 3L), List.of(new FeatureMap(0, 2, 3, new float[]{0, 1, 2, 3, 4, 5}),
            new FeatureMap(1, 2, 3, new float[]{5, 4, 3, 2, 1, 0})), 2, List.of(), 0, 0, 5, null);
    private static final LayerActivations DENSE = new LayerActivations("dense", "Dense", LayerKind.UNITS,
            List.of(4L), List.of(), 0, List.of(0.5, -1.0, 3.0, 0.0), 4, -1, 3, null);
    private static final LayerActivations OUTPUT = new LayerActivations("out", "Output", LayerKind.OUTPUT,
            List.of(2L), List.of(), 0, List.of(0.25, 0.75), 2, 0.25, 0.75, null);
    private static final LayerActivations LSTM = new LayerActivations("lstm", "LSTM", LayerKind.NOT_SHOWN,
            List.of(8L, 5L), List.of(), 0, List.of(), 0, 0, 0, "This layer's output runs over time.");
    private static final InsideExample EXAMPLE = new InsideExample(3, 7, 30, "dog", "cat", List.of("cat", "dog"),
            List.of(CONV, DENSE, OUTPUT));

    @Test
    void featureMapsAreOnePictureEachWithTheLayersColourKey() {
        LayerSection section = new LayerSection(CONV, EXAMPLE, false);

        assertThat(texts(section)).contains("conv1 · Conv2D · 2 × 2 × 3", "0.000", "5.000", "0", "1");
        List<Image> pictures = descendants(section).filter(Image.class::isInstance).map(Image.class::cast).toList();
        assertThat(pictures).hasSize(2);
        assertThat(pictures.get(0).getSrc()).startsWith("data:image/png;base64,");
        assertThat(pictures.get(0).getWidth()).contains("60px"); // 2 rows shown 40px high, 3 columns wide
    }

    @Test
    void denseUnitsAreABarEachAndTheMostActiveAreNamed() {
        LayerSection section = new LayerSection(DENSE, EXAMPLE, false);

        assertThat(texts(section)).contains("Most active: unit 2 (3.000), unit 0 (0.500), unit 3 (0.000), "
                + "unit 1 (-1.000).");
        assertThat(descendants(section).filter(c -> c.getElement().getAttribute("title") != null
                && c.getElement().getAttribute("title").startsWith("unit ")).count()).isEqualTo(4);
    }

    @Test
    void theInputsValuesAreNamedAsFeatures() {
        assertThat(texts(new LayerSection(DENSE, EXAMPLE, true))).contains("Largest: feature 2 (3.000), "
                + "feature 0 (0.500), feature 3 (0.000), feature 1 (-1.000).");
    }

    @Test
    void theOutputIsABarPerClassWithItsProbability() {
        LayerSection section = new LayerSection(OUTPUT, EXAMPLE, false);

        assertThat(texts(section)).containsSubsequence("cat", "25.0%", "dog", "75.0%");
        assertThat(texts(section)).contains("The network's answer: how probable it finds each class.");
    }

    @Test
    void aPoolingLayerIsExplainedAsAShrinkingNotAFilter() {
        LayerActivations pool = new LayerActivations("pool1", "MaxPool2D", LayerKind.FEATURE_MAPS, CONV.shape(),
                CONV.maps(), 2, List.of(), 0, 0, 5, null);

        assertThat(LayerSection.meaning(pool, false, true)).startsWith("The channels of the layer before, shrunk");
        assertThat(LayerSection.meaning(CONV, false, true)).contains("filter found its pattern");
        assertThat(LayerSection.meaning(CONV, true, true)).startsWith("The input");
    }

    @Test
    void aLayerThatCannotBeDrawnSaysWhy() {
        assertThat(texts(new LayerSection(LSTM, EXAMPLE, false))).contains("This layer's output runs over time.");
    }

    @Test
    void theSummaryNamesTheTrueAndThePredictedAnswer() {
        assertThat(InsidePanel.summary(EXAMPLE)).isEqualTo("Example #7 · true answer: dog · predicted: cat ✗");
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(InsideViewsTest::descendants));
    }

    private static List<String> texts(Component root) {
        return descendants(root).filter(HasText.class::isInstance).map(c -> ((HasText) c).getText())
                .filter(t -> !t.isBlank()).toList();
    }
}
