package dev.deepcanvas.backend.training.layerstats;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class LayerHintsTest {

    @Test
    void healthyUpdatesCallForNoHint() {
        LayerSeries layer = series("MODEL", "dense1", "Dense", 1e-3, 2e-3, 5e-4);
        assertThat(LayerHints.of(List.of(layer), 0.001)).isEmpty();
    }

    @Test
    void vanishingUpdatesNameTheLayerTheFirstEpochTheRatioAndSuggestALargerRate() {
        LayerSeries layer = series("MODEL", "conv1", "Conv2D", 1e-3, 3.2e-7, 1e-8, 2e-3);
        List<LayerHint> hints = LayerHints.of(List.of(layer), 0.0001);
        assertThat(hints).singleElement().satisfies(h -> {
            assertThat(h.kind()).isEqualTo(LayerHint.Kind.VANISHING);
            assertThat(h.layer()).isEqualTo("conv1");
            assertThat(h.epoch()).isEqualTo(2);
            assertThat(h.ratio()).isEqualTo(3.2e-7);
            assertThat(h.epochs()).isEqualTo(2);
            assertThat(h.message()).isEqualTo("Layer \"conv1\" (Conv2D) hardly moved in epoch 2 (and 1 more epoch): "
                    + "one step changed its weights by 3.2e-07 of their size, where about 0.001 is healthy, so it is "
                    + "barely learning. Try a larger learning rate (now 0.0001); if only the early layers stall, the "
                    + "gradient may be vanishing on its way back: ReLU instead of sigmoid or tanh, or batch "
                    + "normalisation, helps.");
        });
    }

    @Test
    void explodingUpdatesSuggestASmallerRateAndAGanLayerSaysWhichNetwork() {
        LayerSeries generator = series("GENERATOR", "g-dense", null, 0.4, 0.5, 0.2);
        LayerSeries discriminator = series("DISCRIMINATOR", "d-out", "Output", 0.01, 0.3);
        List<LayerHint> hints = LayerHints.of(List.of(generator, discriminator), 0.5, 0.02);
        assertThat(hints).extracting(LayerHint::kind).containsOnly(LayerHint.Kind.EXPLODING);
        assertThat(hints.get(0).message()).startsWith("Generator layer \"g-dense\" jumped in epoch 1 (and 2 more "
                + "epochs): one step changed its weights by 0.4 of their size").endsWith("Try a smaller learning rate "
                + "(now 0.5, e.g. 0.05).");
        assertThat(hints.get(1).message()).startsWith("Discriminator layer \"d-out\" (Output) jumped in epoch 2:")
                .contains("(now 0.02, e.g. 0.002)");
    }

    @Test
    void aLayerThatStoppedMovingAltogetherOrWentNaNIsNamed() {
        assertThat(LayerHints.of(List.of(series("MODEL", "frozen", null, 0.0)), 0.01))
                .extracting(LayerHint::kind).containsExactly(LayerHint.Kind.VANISHING);
        assertThat(LayerHints.of(List.of(series("MODEL", "broken", null, Double.NaN)), 0.01).get(0).message())
                .contains("by not a number of their size");
    }

    @Test
    void thresholdsAreAHundredTimesEitherSideOfTheHealthyStep() {
        assertThat(LayerHints.of(List.of(series("MODEL", "a", null, LayerHints.VANISHING_BELOW)), 0.01)).isEmpty();
        assertThat(LayerHints.of(List.of(series("MODEL", "a", null, LayerHints.EXPLODING_ABOVE)), 0.01)).isEmpty();
        assertThat(LayerHints.format(0.00123)).isEqualTo("0.0012");
        assertThat(LayerHints.format(2.5e-7)).isEqualTo("2.5e-07");
    }

    /** A run measured every N steps: the hint names the step, and counts epochs, not points. */
    @Test
    void aRunMeasuredEveryFewStepsNamesTheFirstStepAndCountsEpochs() {
        // epoch 1: steps 5 and 10; epoch 2: steps 15 and 20; epoch 3: steps 25 and 30
        double[] ratios = {1e-3, 1e-3, 2e-7, 3e-7, 4e-7, 1e-3};
        List<LayerPoint> points = new java.util.ArrayList<>();
        for (int i = 0; i < ratios.length; i++) {
            points.add(new LayerPoint(i / 2 + 1, 5L * (i + 1), 0, 0.1, 0.01, ratios[i]));
        }
        LayerSeries layer = new LayerSeries("MODEL", "dense1", "Dense", 10, points);
        assertThat(layer.bySteps()).isTrue();
        assertThat(series("MODEL", "dense1", "Dense", 1e-3, 1e-3).bySteps()).isFalse();
        assertThat(LayerHints.of(List.of(layer), 0.001)).singleElement().satisfies(h -> {
            assertThat(h.epoch()).isEqualTo(2);
            assertThat(h.epochs()).isEqualTo(2);
            assertThat(h.message()).startsWith("Layer \"dense1\" (Dense) hardly moved in epoch 2, at step 15 (and 1 "
                    + "more epoch): one step changed its weights by 2.0e-07 of their size");
        });
    }

    private static LayerSeries series(String network, String layer, String kind, double... ratios) {
        List<LayerPoint> points = new java.util.ArrayList<>();
        for (int e = 0; e < ratios.length; e++) {
            points.add(new LayerPoint(e + 1, 0, 0.1, 0.01, ratios[e]));
        }
        return new LayerSeries(network, layer, kind, 10, points);
    }
}
