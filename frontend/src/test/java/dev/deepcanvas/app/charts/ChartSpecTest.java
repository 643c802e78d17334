package dev.deepcanvas.app.charts;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ChartSpecTest {

    @Test
    void serialisesSeriesWithTheirPointsInOrder() throws Exception {
        ChartSpec spec = new ChartSpec("Per epoch", "epoch", "loss", "accuracy");
        int train = spec.addSeries("training loss", "#111111", false, true);
        int metric = spec.addSeries("held-out accuracy", "#222222", true, true);
        spec.add(train, 1, 0.9);
        spec.add(train, 2, 0.5);
        spec.add(metric, 1, 0.8);

        JsonNode json = new ObjectMapper().readTree(spec.toJson());
        assertThat(json.get("y2Title").asText()).isEqualTo("accuracy");
        assertThat(json.get("series")).hasSize(2);
        assertThat(json.get("series").get(0).get("points").get(1).get("y").asDouble()).isEqualTo(0.5);
        assertThat(json.get("series").get(1).get("secondAxis").asBoolean()).isTrue();
        assertThat(spec.pointCount(train)).isEqualTo(2);
    }

    @Test
    void aLogarithmicChartLeavesOutWhatItCannotDrawAndMarksReferenceLines() throws Exception {
        ChartSpec spec = new ChartSpec("Update ÷ weights", "epoch", "ratio", null).logarithmicY();
        int layer = spec.addSeries("dense1", "#111111", false, true);
        int healthy = spec.addReference("healthy", "#999999");
        spec.add(layer, 1, 1e-3);
        spec.add(layer, 2, 0);
        spec.add(layer, 3, Double.NaN);
        spec.add(healthy, 1, 1e-3);

        JsonNode json = new ObjectMapper().readTree(spec.toJson());
        assertThat(json.get("yLog").asBoolean()).isTrue();
        assertThat(spec.pointCount(layer)).as("zero and NaN have no place on a log axis").isEqualTo(1);
        assertThat(json.get("series").get(0).get("dashed").asBoolean()).isFalse();
        assertThat(json.get("series").get(1).get("dashed").asBoolean()).isTrue();
    }
}
