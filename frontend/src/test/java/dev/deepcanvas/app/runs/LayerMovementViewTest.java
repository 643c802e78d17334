package dev.deepcanvas.app.runs;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import dev.deepcanvas.app.charts.ChartView;
import dev.deepcanvas.backend.training.RunNotFoundException;
import dev.deepcanvas.backend.training.layerstats.LayerHints;
import dev.deepcanvas.backend.training.layerstats.LayerMovement;
import dev.deepcanvas.backend.training.layerstats.LayerPoint;
import dev.deepcanvas.backend.training.layerstats.LayerSeries;
import dev.deepcanvas.backend.training.layerstats.LayerStatisticsQueries;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

/** The run page's "How the layers moved": hints and charts, or one line where there is nothing to draw. */
class LayerMovementViewTest {

    private final LayerStatisticsQueries queries = mock(LayerStatisticsQueries.class);

    @Test
    void anOldRunWithoutStatisticsShowsOneLineInsteadOfEmptyCharts() {
        when(queries.movement(7)).thenReturn(new LayerMovement(7, 0.01, List.of(), List.of()));
        LayerMovementView view = new LayerMovementView(7, queries);

        view.refresh(12);

        assertThat(note(view).isVisible()).isTrue();
        assertThat(note(view).getText()).isEqualTo("This run recorded no layer statistics: it was trained before "
                + "DeepCanvas recorded how each layer moves, or with that switched off.");
        assertThat(charts(view)).isEmpty();
    }

    @Test
    void beforeTheFirstEpochItSaysWhenTheChartsWillAppear() {
        when(queries.movement(7)).thenReturn(new LayerMovement(7, 0.01, List.of(), List.of()));
        LayerMovementView view = new LayerMovementView(7, queries);

        view.refresh(0);

        assertThat(note(view).getText()).isEqualTo("The layer charts appear here when the first epoch has ended.");
    }

    @Test
    void recordedLayersGetFourChartsAndTheirHintsAndAreReadOnlyOncePerEpoch() {
        List<LayerSeries> layers = List.of(
                new LayerSeries("MODEL", "dense1", "Dense", 80, List.of(new LayerPoint(1, 0, 0.3, 0.2, 2e-7),
                        new LayerPoint(2, 0, 0.3, 0.2, 1e-3))),
                new LayerSeries("MODEL", "output", "Output", 51, List.of(new LayerPoint(1, 0, 0.3, 0.2, 1e-3),
                        new LayerPoint(2, 0, 0.3, 0.2, 1e-3))));
        when(queries.movement(7)).thenReturn(new LayerMovement(7, 1e-5, layers, LayerHints.of(layers, 1e-5)));
        LayerMovementView view = new LayerMovementView(7, queries);

        view.refresh(2);
        view.refresh(2);

        verify(queries, times(1)).movement(7);
        assertThat(note(view).isVisible()).isFalse();
        assertThat(charts(view)).extracting(c -> c.getId().orElseThrow()).containsExactly("layer-ratio-chart",
                "layer-gradient-chart", "layer-std-chart", "layer-mean-chart");
        ChartView ratio = charts(view).get(0);
        assertThat(ratio.spec().seriesCount()).as("two layers and the healthy line").isEqualTo(3);
        assertThat(ratio.spec().pointCount(0)).isEqualTo(2);
        List<String> hints = descendants(view).filter(c -> c.getElement().getClassList().contains("layer-hint"))
                .map(c -> ((Paragraph) c).getText()).toList();
        assertThat(hints).singleElement().asString().startsWith("Layer \"dense1\" (Dense) hardly moved in epoch 1:")
                .contains("Try a larger learning rate (now 1.0e-05)");
    }

    /** A run measured every 5 steps (epochs of 10): the charts run over steps, the epochs' ends among them. */
    @Test
    void aRunMeasuredEveryFewStepsIsDrawnOverSteps() {
        List<LayerPoint> points = List.of(new LayerPoint(1, 5L, 0, 0.3, 0.2, 1e-3),
                new LayerPoint(1, 10L, 0, 0.3, 0.2, 1e-3), new LayerPoint(2, 15L, 0, 0.3, 0.2, 1e-3),
                new LayerPoint(2, 20L, 0, 0.3, 0.2, 1e-3));
        List<LayerSeries> layers = List.of(new LayerSeries("MODEL", "dense1", "Dense", 80, points));
        when(queries.movement(7)).thenReturn(new LayerMovement(7, 1e-3, layers, LayerHints.of(layers, 1e-3)));
        LayerMovementView view = new LayerMovementView(7, queries);

        view.refresh(2);

        for (ChartView chart : charts(view)) {
            assertThat(chart.spec().xTitle()).isEqualTo("step");
            assertThat(chart.spec().xValues(0)).containsExactly(5.0, 10.0, 15.0, 20.0);
        }
        assertThat(charts(view).get(0).spec().xValues(1)).as("the healthy line spans the steps")
                .containsExactly(5.0, 20.0);
    }

    @Test
    void aRunMeasuredAtEpochEndsIsDrawnOverEpochs() {
        List<LayerSeries> layers = List.of(new LayerSeries("MODEL", "dense1", "Dense", 80,
                List.of(new LayerPoint(1, 10L, 0, 0.3, 0.2, 1e-3), new LayerPoint(2, 20L, 0, 0.3, 0.2, 1e-3))));
        when(queries.movement(7)).thenReturn(new LayerMovement(7, 1e-3, layers, LayerHints.of(layers, 1e-3)));
        LayerMovementView view = new LayerMovementView(7, queries);

        view.refresh(2);

        assertThat(charts(view).get(0).spec().xTitle()).isEqualTo("epoch");
        assertThat(charts(view).get(0).spec().xValues(0)).containsExactly(1.0, 2.0);
    }

    @Test
    void aRunDeletedMeanwhileHidesTheSection() {
        when(queries.movement(7)).thenThrow(new RunNotFoundException(7));
        LayerMovementView view = new LayerMovementView(7, queries);

        view.refresh(3);

        assertThat(view.isVisible()).isFalse();
    }

    private static Paragraph note(LayerMovementView view) {
        return (Paragraph) descendants(view).filter(c -> c.getId().filter("layer-stats-note"::equals).isPresent())
                .findFirst().orElseThrow();
    }

    private static List<ChartView> charts(LayerMovementView view) {
        return descendants(view).filter(c -> c instanceof ChartView).map(c -> (ChartView) c).toList();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(LayerMovementViewTest::descendants));
    }
}
