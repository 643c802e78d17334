package dev.deepcanvas.app.inside;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.html.Image;
import dev.deepcanvas.backend.inside.FeatureMap;
import dev.deepcanvas.backend.inside.InsideExample;
import dev.deepcanvas.backend.inside.InsideService;
import dev.deepcanvas.backend.inside.InsideRejectedException;
import dev.deepcanvas.backend.inside.LearnedFilters;
import dev.deepcanvas.backend.inside.SaliencyMap;
import dev.deepcanvas.backend.inside.WordInfluence;
import dev.deepcanvas.backend.inside.WordRole;
import dev.deepcanvas.backend.inside.WordSaliency;
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
        String html = descendants(section).filter(com.vaadin.flow.component.Html.class::isInstance)
                .map(h -> ((com.vaadin.flow.component.Html) h).getInnerHtml()).findFirst().orElseThrow();
        org.jsoup.select.Elements bars = org.jsoup.Jsoup.parseBodyFragment(html).select("div[title^=unit ]");
        assertThat(bars).extracting(b -> b.attr("title"))
                .containsExactly("unit 0: 0.500", "unit 1: -1.000", "unit 2: 3.000", "unit 3: 0.000");
        assertThat(bars.get(2).attr("style")).as("the largest value, full height").contains("height:60.00px")
                .contains("var(--lumo-primary-color)");
        assertThat(bars.get(1).attr("style")).as("a negative value in the other colour").contains("height:20.00px")
                .contains("var(--lumo-error-color)");
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
        InsideExample own = new InsideExample(3, InsideService.OWN_INPUT, 30, null, "cat", List.of("cat", "dog"),
                List.of(DENSE, OUTPUT));
        assertThat(InsidePanel.summary(own)).as("a picture of one's own has no true answer")
                .isEqualTo("Your own input · predicted: cat");
    }

    @Test
    void aPicturesSaliencyIsAHeatMapOverTheInputAndAloneWithItsKeyForThePredictedClassFirst() {
        LayerActivations picture = new LayerActivations("pixels", "ImageInput", LayerKind.FEATURE_MAPS,
                List.of(1L, 2L, 2L), List.of(new FeatureMap(0, 2, 2, new float[]{0, 1, 1, 0})), 1, List.of(), 0, 0,
                1, null);
        InsideExample digit = new InsideExample(3, 7, 30, "dog", "dog", List.of("cat", "dog"),
                List.of(picture, OUTPUT));
        List<String> asked = new java.util.ArrayList<>();
        SaliencyView view = new SaliencyView(digit, (unit, score) -> {
            asked.add(unit + (score ? " score" : " probability"));
            return new SaliencyMap(unit, digit.classNames().get(unit), score, List.of(1L, 2L, 2L), List.of(),
                    new float[]{0.5f, -2f, 0f, 1f});
        });

        assertThat(asked).containsExactly("1 probability");
        List<Image> pictures = descendants(view).filter(Image.class::isInstance).map(Image.class::cast).toList();
        assertThat(pictures).extracting(Image::getAlt).containsExactly(java.util.Optional.of(
                "saliency over the input"), java.util.Optional.of("saliency"));
        assertThat(texts(view)).contains("0", "2.000");
        assertThat(texts(view)).anyMatch(t -> t.startsWith("How much the probability of \u201cdog\u201d changes"));
        descendants(view).filter(c -> "inside-saliency-measure".equals(c.getId().orElse(null))).findFirst()
                .map(c -> (com.vaadin.flow.component.select.Select<Boolean>) c).orElseThrow().setValue(true);
        assertThat(asked).containsExactly("1 probability", "1 score");
        assertThat(texts(view)).anyMatch(t -> t.startsWith("How much the score of \u201cdog\u201d (before the output"));
    }

    @Test
    void aFeatureVectorsSaliencyIsASignedBarPerNamedFeature() {
        InsideExample flower = new InsideExample(3, 7, 30, "cat", "cat", List.of("cat", "dog"), List.of(DENSE, OUTPUT));
        SaliencyView view = new SaliencyView(flower, (unit, score) -> new SaliencyMap(unit, "cat", false, List.of(2L),
                List.of("petal length", "petal width"), new float[]{-0.25f, 0.5f}));

        assertThat(texts(view)).containsSubsequence("petal length", "-0.250", "petal width", "0.500");
        assertThat(descendants(view).filter(c -> c.getElement().getClassList().contains("bar-fill"))
                .map(c -> c.getElement().getStyle().get("width")).toList()).containsExactly("50.0%", "100.0%");
    }

    @Test
    void aRegressorsSaliencyFollowsItsFirstOutput() {
        LayerActivations price = new LayerActivations("price", "Output", LayerKind.OUTPUT, List.of(1L), List.of(), 0,
                List.of(0.42), 1, 0.42, 0.42, null);
        InsideExample house = new InsideExample(3, 7, 30, "0.400", null, List.of(), List.of(DENSE, price));
        List<Integer> asked = new java.util.ArrayList<>();
        SaliencyView view = new SaliencyView(house, (unit, score) -> {
            asked.add(unit);
            return new SaliencyMap(unit, "output 0", false, List.of(2L), List.of("rooms", "area"),
                    new float[]{0.1f, 0.3f});
        });

        assertThat(asked).containsExactly(0);
        assertThat(texts(view)).containsSubsequence("rooms", "area");
    }

    @Test
    void aSentencesSaliencyIsAChipPerWordColouredByItsValueWithPaddingAndCutWordsMarked() {
        InsideExample review = new InsideExample(3, 7, 30, "positive", "positive", List.of("negative", "positive"),
                List.of(DENSE, OUTPUT));
        List<String> asked = new java.util.ArrayList<>();
        SaliencyView view = SaliencyView.ofWords(review, (unit, score) -> {
            asked.add(unit + (score ? " score" : " probability"));
            return new WordSaliency(unit, review.classNames().get(unit), score, "embed", List.of(
                    new WordInfluence("so", null, -1, WordRole.CUT, null, null),
                    new WordInfluence("<pad>", "<pad>", 0, WordRole.PADDING, null, null),
                    new WordInfluence("great", "great", 1, WordRole.READ, 0.5, 0.9),
                    new WordInfluence("zzqx", "<unk>", 2, WordRole.READ, -0.25, 0.3),
                    new WordInfluence("film", "film", 3, WordRole.READ, 0.125, 0.2)));
        });

        assertThat(asked).containsExactly("1 probability");
        List<Component> chips = descendants(view).filter(c -> c.getElement().getClassList().contains("inside-word"))
                .toList();
        assertThat(chips).extracting(c -> c.getElement().getText()).containsExactly("so", "<pad>", "great", "zzqx",
                "film");
        assertThat(chips).extracting(c -> c.getElement().getAttribute("data-role")).containsExactly("cut", "padding",
                "read", "read", "read");
        assertThat(chips.get(2).getElement().getStyle().get("background")).isEqualTo("rgba(33, 102, 172, 1.000)");
        assertThat(chips.get(3).getElement().getStyle().get("background")).isEqualTo("rgba(178, 24, 43, 0.500)");
        assertThat(chips.get(0).getElement().getStyle().get("background")).as("no value, no colour").isNull();
        assertThat(chips.get(3).getElement().getAttribute("title")).isEqualTo("zzqx (read as <unk>) · gradient × "
                + "embedding -0.250 · gradient length 0.300 · step 2");
        assertThat(chips.get(1).getElement().getAttribute("title")).contains("padding", "no value");
        assertThat(chips.get(0).getElement().getAttribute("title")).contains("cut", "no value");
        assertThat(texts(view)).contains("Pushes the probability of \u201cpositive\u201d up most: great (0.500), "
                + "film (0.125). Pulls it down most: zzqx (-0.250).", "-0.500", "0.500");
        assertThat(texts(view)).anyMatch(t -> t.startsWith("Gradient × embedding per word: how much the probability "
                + "of \u201cpositive\u201d owes to each word's vector"));
    }

    @Test
    void aSaliencyThatCannotBeShownSaysWhy() {
        SaliencyView view = new SaliencyView(EXAMPLE, (unit, score) -> {
            throw new InsideRejectedException("The input is words given by their numbers.");
        });

        assertThat(texts(view)).contains("The input is words given by their numbers.");
        assertThat(descendants(view).filter(Image.class::isInstance)).isEmpty();
    }

    @Test
    void learnedFiltersAreOnePictureEachWithTheirKeyAndCap() {
        LearnedFilters filters = new LearnedFilters("conv1", 70, 3, 2, 2, java.util.Collections.nCopies(64,
                new float[]{0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11}), -0.5, 0.75, "The first 64 of 70 filters are shown.");
        FilterGrid grid = new FilterGrid(filters);

        List<Image> pictures = descendants(grid).filter(Image.class::isInstance).map(Image.class::cast).toList();
        assertThat(pictures).hasSize(64);
        assertThat(pictures.get(5).getAlt()).contains("conv1 filter 5");
        assertThat(texts(grid)).contains("Learned filters · 70 × 3 × 2 × 2", "-0.500", "0.750",
                "The first 64 of 70 filters are shown.");
        assertThat(FilterGrid.meaning(filters)).contains("red, green and blue");
        assertThat(FilterGrid.meaning(new LearnedFilters("c", 1, 1, 1, 1, List.of(new float[]{0}), 0, 0, null)))
                .isEqualTo("What each filter looks for, one pixel per weight: bright where it wants a bright input, "
                        + "dark where it wants a dark one.");
    }

    @Test
    void aSequenceIsOneHeatMapOfUnitsOverTimeWithItsAxesAndKey() {
        LayerActivations lstm = new LayerActivations("lstm", "LSTM", LayerKind.OVER_TIME, List.of(2L, 3L),
                List.of(new FeatureMap(0, 2, 3, new float[]{0, 1, 2, 3, 4, 5})), 2, List.of(), 0, 0, 5,
                "The layer passes on only its last time step, the right-most column.");
        InsideExample review = new InsideExample(3, 7, 30, "cat", "cat", List.of("cat", "dog"), List.of(lstm, OUTPUT),
                List.of("not", "a", "dog"));
        LayerSection section = new LayerSection(lstm, review, false);

        List<Image> pictures = descendants(section).filter(Image.class::isInstance).map(Image.class::cast).toList();
        assertThat(pictures).hasSize(1);
        assertThat(pictures.get(0).getWidth()).contains("96px"); // 3 steps of 32 px, the widest column
        assertThat(pictures.get(0).getHeight()).contains("32px"); // 2 units of 16 px, the highest row
        assertThat(texts(section)).containsSubsequence("units 0–1 ↓", "not", "a", "dog", "time steps 0–2 →");
        assertThat(texts(section)).contains("0.000", "5.000",
                "The layer passes on only its last time step, the right-most column.");
        assertThat(LayerSection.meaning(lstm, false, true)).contains("hidden state");
        FeatureMap large = new FeatureMap(0, 128, 256, new float[128 * 256]);
        assertThat(List.of(TimeHeatMap.cellWidth(large), TimeHeatMap.cellHeight(large))).containsExactly(2, 3);
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(InsideViewsTest::descendants));
    }

    private static List<String> texts(Component root) {
        return descendants(root).filter(HasText.class::isInstance).map(c -> ((HasText) c).getText())
                .filter(t -> !t.isBlank()).toList();
    }
}
