package dev.deepcanvas.backend.dataset.transform;

import dev.deepcanvas.backend.dataset.FeatureScale;
import dev.deepcanvas.backend.dataset.Normalisation;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class FeatureScaleTest {

    private final double[][] rows = {{5.1, 3.5, 140}, {4.9, 3.0, 75}, {6.3, 2.9, 210}, {5.8, 2.7, 120}};

    @Test
    void standardisedRowsGoBackToTheirRawValuesAndForward() {
        var x = Nd4j.createFromArray(rows);
        Standardizer standardizer = Standardizer.fitOn(x);
        FeatureScale scale = standardizer.scale();
        var scaled = x.dup();
        standardizer.applyTo(scaled);

        for (int i = 0; i < rows.length; i++) {
            double[] model = scaled.getRow(i).toDoubleVector();
            assertThat(scale.toRaw(model)).containsExactly(rows[i], within(1e-9));
            assertThat(scale.toModel(rows[i])).containsExactly(model, within(1e-9));
        }
        assertThat(scale.normalisation()).isEqualTo(Normalisation.STANDARDISE);
    }

    @Test
    void minMaxScalingRoundTripsAndNoneChangesNothing() {
        var x = Nd4j.createFromArray(rows);
        MinMaxScaler scaler = MinMaxScaler.fitOn(x);
        var scaled = x.dup();
        scaler.applyTo(scaled);
        FeatureScale scale = scaler.scale();

        assertThat(scale.toModel(rows[2])).containsExactly(scaled.getRow(2).toDoubleVector(), within(1e-9));
        assertThat(scale.toModel(new double[]{4.9, 2.7, 75})).containsExactly(new double[]{0, 0, 0}, within(1e-9));
        assertThat(FeatureScale.none(3).toModel(rows[1])).containsExactly(rows[1]);
    }
}
