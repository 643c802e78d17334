package dev.deepcanvas.app.inside;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.html.Image;
import dev.deepcanvas.backend.inside.AttentionMap;
import dev.deepcanvas.backend.inside.FeatureMap;
import dev.deepcanvas.backend.inside.GateMap;
import dev.deepcanvas.backend.inside.InsideExample;
import dev.deepcanvas.backend.inside.LayerActivations;
import dev.deepcanvas.backend.inside.LayerKind;
import dev.deepcanvas.backend.inside.PictureRegions;
import dev.deepcanvas.backend.inside.RecurrentGates;
import dev.deepcanvas.backend.inside.SequenceOutput;
import dev.deepcanvas.backend.inside.StepPrediction;
import dev.deepcanvas.backend.inside.TokenChance;
import org.junit.jupiter.api.Test;

import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** What the Inside view draws for recurrent models: attention maps, LSTM gates and the tokens written per step. */
class RecurrentViewsTest {

    private static final LayerActivations DECODER = new LayerActivations("decoder", "LSTM", LayerKind.OVER_TIME,
            List.of(2L, 3L), List.of(new FeatureMap(0, 2, 3, new float[]{0, 1, 0, 1, 0, 1})), 2, List.of(), 0, 0, 1,
            null);
    private static final LayerActivations ATTENTION = new LayerActivations("attention", "Attention",
            LayerKind.OVER_TIME, List.of(2L, 2L), List.of(new FeatureMap(0, 2, 2, new float[]{0, 1, 1, 0})), 2,
            List.of(), 0, 0, 1, null);
    private static final LayerActivations DIGITS = new LayerActivations("digits", "RnnOutput", LayerKind.OVER_TIME,
            List.of(3L, 2L), List.of(new FeatureMap(0, 3, 2, new float[]{0.7f, 0.1f, 0.2f, 0.6f, 0.1f, 0.3f})), 3,
            List.of(), 0, 0.1, 0.7, null);
    /** Row "4" looks mostly at "four", row "<end>" mostly at "<pad>". */
    private static final AttentionMap MAP = new AttentionMap("attention", "Attention", 0, 1,
            List.of("four", "<pad>", "<pad>"), List.of("4", "<end>"),
            new float[]{0.8f, 0.15f, 0.05f, 0.1f, 0.45f, 0.45f}, null);
    private static final SequenceOutput WRITTEN = new SequenceOutput("digits", List.of(
            new StepPrediction(0, List.of(new TokenChance("4", 0.7), new TokenChance("<end>", 0.2),
                    new TokenChance("0", 0.1)), "4"),
            new StepPrediction(1, List.of(new TokenChance("0", 0.6), new TokenChance("<end>", 0.3),
                    new TokenChance("4", 0.1)), "<end>")), 2, "All steps in one pass, as the run was scored.");
    private static final RecurrentGates GATES = new RecurrentGates("decoder", "LSTM", List.of(
            new GateMap("input gate", "How much is written.", new FeatureMap(0, 2, 3, new float[6]), 0, 1),
            new GateMap("forget gate", "How much is kept.", new FeatureMap(0, 2, 3, new float[6]), 0, 1),
            new GateMap("output gate", "How much is let out.", new FeatureMap(0, 2, 3, new float[6]), 0, 1),
            new GateMap("cell state", "The memory.", new FeatureMap(0, 2, 3, new float[6]), -2, 3)), 2, 3,
            "The first 2 of 9 units are shown.");
    private static final InsideExample EXAMPLE = new InsideExample(4, 5, 1000, "4", "4 0", List.of(),
            List.of(DECODER, ATTENTION, DIGITS), List.of("four", "<pad>", "<pad>"), "four → 4", WRITTEN,
            List.of(MAP), List.of(GATES));

    @Test
    void anAttentionLayerShowsItsWeightsWithTheWordsOnBothAxes() {
        LayerSection section = new LayerSection(ATTENTION, EXAMPLE, false);

        AttentionHeatMap map = descendants(section).filter(AttentionHeatMap.class::isInstance)
                .map(AttentionHeatMap.class::cast).findFirst().orElseThrow();
        List<Component> cells = withClass(map, "inside-attention-cell");
        assertThat(cells).hasSize(6);
        assertThat(cells.get(0).getElement().getAttribute("data-share")).isEqualTo("0.8000");
        assertThat(cells.get(0).getElement().getAttribute("title")).isEqualTo("4 ← four: 80.0%");
        assertThat(cells.get(0).getElement().getStyle().get("background")).isEqualTo("rgb(204,204,204)");
        assertThat(cells.get(5).getElement().getAttribute("title")).isEqualTo("<end> ← <pad>: 45.0%");
        assertThat(texts(map)).contains("80%", "15%", "5%");
        assertThat(withClass(map, "inside-attention-source")).extracting(c -> ((HasText) c).getText())
                .containsExactly("four", "<pad>", "<pad>");
        assertThat(withClass(map, "inside-attention-output")).extracting(c -> ((HasText) c).getText())
                .containsExactly("4", "<end>");
        assertThat(texts(map)).contains("Attention weights: where each output step looks in the source",
                "0.000", "1.000");
    }

    @Test
    void attentionOverAPicturesRegionsIsDrawnOnThePictureOncePerWrittenWord() {
        byte[] png = {(byte) 0x89, 'P', 'N', 'G'};
        AttentionMap regions = new AttentionMap("attention", "Attention", 0, 1,
                List.of("(1, 1)", "(1, 2)", "(2, 1)", "(2, 2)"), List.of("red", "square"),
                new float[]{0.7f, 0.1f, 0.1f, 0.1f, 0.25f, 0.25f, 0.25f, 0.25f}, null,
                new PictureRegions(2, 2, png, List.of(png, png)));
        InsideExample example = new InsideExample(4, 0, 10, "red square", "red square", List.of(),
                List.of(ATTENTION), List.of(), null, null, List.of(regions), List.of());

        LayerSection section = new LayerSection(ATTENTION, example, false);

        AttentionOverPicture pictures = descendants(section).filter(AttentionOverPicture.class::isInstance)
                .map(AttentionOverPicture.class::cast).findFirst().orElseThrow();
        assertThat(descendants(pictures).filter(Image.class::isInstance).map(i -> ((Image) i).getAlt().orElse(""))
                .toList()).containsExactly("the input picture", "where the model looks when it writes red",
                "where the model looks when it writes square");
        assertThat(withClass(pictures, "inside-attention-picture-token")).extracting(c -> ((HasText) c).getText())
                .containsExactly("the picture", "red", "square");
        AttentionHeatMap map = descendants(section).filter(AttentionHeatMap.class::isInstance)
                .map(AttentionHeatMap.class::cast).findFirst().orElseThrow();
        List<Component> sources = withClass(map, "inside-attention-source");
        assertThat(sources).extracting(c -> ((HasText) c).getText()).as("named where each row of regions starts")
                .containsExactly("(1, 1)", "", "(2, 1)", "");
        assertThat(sources).extracting(c -> c.getElement().getAttribute("title"))
                .containsExactly("(1, 1)", "(1, 2)", "(2, 1)", "(2, 2)");
        assertThat(texts(map)).anyMatch(t -> t.contains("columns: the picture's regions (row, column)"));
    }

    @Test
    void sharesAreGreysFromBlackToWhiteAndNarrowCellsKeepTheirNumbersInTheTooltip() {
        assertThat(AttentionHeatMap.grey(0)).isEqualTo("rgb(0,0,0)");
        assertThat(AttentionHeatMap.grey(1)).isEqualTo("rgb(255,255,255)");
        assertThat(AttentionHeatMap.grey(1.2)).isEqualTo("rgb(255,255,255)");
        AttentionMap long64 = new AttentionMap("a", "Attention", 2, 4, Collections.nCopies(64, "w"), List.of("x"),
                new float[64], "The first 3 of 4 heads are shown.");
        assertThat(AttentionHeatMap.cellSize(long64)).isEqualTo(10);
        AttentionHeatMap view = new AttentionHeatMap(long64);
        assertThat(texts(view)).contains("Attention, head 3 of 4").noneMatch(t -> t.endsWith("%"));
        assertThat(AttentionHeatMap.cellSize(MAP)).isEqualTo(44);
    }

    @Test
    void anLstmShowsItsGatesAndCellStateBesideItsHiddenState() {
        LayerSection section = new LayerSection(DECODER, EXAMPLE, false);

        List<Component> gates = withClass(section, "inside-gate");
        assertThat(gates).extracting(g -> g.getElement().getAttribute("data-gate"))
                .containsExactly("input gate", "forget gate", "output gate", "cell state");
        assertThat(descendants(section).filter(Image.class::isInstance).map(i -> ((Image) i).getAlt().orElse(""))
                .toList()).containsExactly("decoder over time", "decoder input gate", "decoder forget gate",
                "decoder output gate", "decoder cell state");
        assertThat(texts(section)).contains("Forget gate · How much is kept.", "-2.000", "3.000",
                "The first 2 of 9 units are shown.");
        assertThat(withClass(section, "inside-attention")).as("the decoder does not attend").isEmpty();
    }

    @Test
    void aGruShowsItsUpdateAndResetGatesAndItsCandidateStateTheSameWay() {
        LayerActivations gru = new LayerActivations("gru", "GRU", LayerKind.OVER_TIME, List.of(2L, 3L),
                List.of(new FeatureMap(0, 2, 3, new float[]{0, 1, 0, 1, 0, 1})), 2, List.of(), 0, 0, 1, null);
        RecurrentGates gates = new RecurrentGates("gru", "GRU", List.of(
                new GateMap("update gate", "How much is kept.", new FeatureMap(0, 2, 3, new float[6]), 0, 1),
                new GateMap("reset gate", "How much is read.", new FeatureMap(0, 2, 3, new float[6]), 0, 1),
                new GateMap("candidate state", "The proposal.", new FeatureMap(0, 2, 3, new float[6]), -0.5, 0.75)),
                2, 3, null);
        InsideExample example = new InsideExample(4, 5, 1000, "good", "good", List.of("bad", "good"),
                List.of(gru), List.of("a", "fine", "film"), null, null, List.of(), List.of(gates));

        LayerSection section = new LayerSection(gru, example, false);

        assertThat(withClass(section, "inside-gate")).extracting(g -> g.getElement().getAttribute("data-gate"))
                .containsExactly("update gate", "reset gate", "candidate state");
        assertThat(texts(section)).anyMatch(t -> t.startsWith("Inside the GRU (recomputed from its trained weights"))
                .contains("Reset gate · How much is read.", "-0.500", "0.750");
    }

    @Test
    void aSequenceOutputListsTheTokenWrittenAtEveryStepWithItsProbability() {
        LayerSection section = new LayerSection(DIGITS, EXAMPLE, false);

        assertThat(texts(section)).contains(LayerSection.WRITTEN, "All steps in one pass, as the run was scored.");
        assertThat(withClass(section, "inside-step-token")).extracting(c -> ((HasText) c).getText())
                .containsExactly("4", "0");
        assertThat(texts(section)).containsSubsequence("0", "4", "70.0%", "<end> 20.0%, 0 10.0%", "4 ✓",
                "1", "0", "60.0%", "<end> 30.0%, 4 10.0%", "<end> ✗");
        assertThat(StepTable.shown(" ")).isEqualTo("␣");
        assertThat(InsidePanel.summary(EXAMPLE)).isEqualTo("Example #5 · true answer: 4 · predicted: 4 0 ✗");
    }

    @Test
    void everyInputOfAModelWithSeveralIsExplainedAsAnInput() {
        LayerActivations previousWords = new LayerActivations("previous", "TokenInput", LayerKind.OVER_TIME,
                List.of(1L, 3L), List.of(new FeatureMap(0, 1, 3, new float[]{0, 4, 7})), 1, List.of(), 0, 0, 7, null);

        assertThat(InsidePanel.isInput(previousWords, 5)).isTrue();
        assertThat(InsidePanel.isInput(DECODER, 0)).isTrue();
        assertThat(InsidePanel.isInput(DECODER, 3)).isFalse();
        assertThat(LayerSection.meaning(previousWords, InsidePanel.isInput(previousWords, 5), false))
                .startsWith("The input sequence");
    }

    private static List<Component> withClass(Component root, String className) {
        return descendants(root).filter(c -> c.getElement().getClassList().contains(className)).toList();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(RecurrentViewsTest::descendants));
    }

    private static List<String> texts(Component root) {
        return descendants(root).filter(HasText.class::isInstance).map(c -> ((HasText) c).getText())
                .filter(t -> !t.isBlank()).toList();
    }
}
