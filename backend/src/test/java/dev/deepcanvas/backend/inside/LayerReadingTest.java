package dev.deepcanvas.backend.inside;

import dev.deepcanvas.graph.document.GraphNode;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LayerReadingTest {

    @Test
    void aLayerWithMoreChannelsThanTheCapSendsThePageAndSaysSo() {
        var value = Nd4j.rand(1, 70, 3, 2);
        LayerActivations layer = LayerReading.of(GraphNode.of("conv", "Conv2D", Map.of()), value, false);

        assertThat(layer.maps()).hasSize(InsideService.MAX_CHANNELS);
        assertThat(layer.channels()).isEqualTo(70);
        assertThat(layer.maps().get(63).value(2, 1)).isEqualTo(value.getFloat(0, 63, 2, 1));
        assertThat(layer.note()).isEqualTo("The first 64 of 70 channels are shown.");
    }

    @Test
    void unitsBeyondTheCapAreCountedAndTheTopUnitsComeFirst() {
        var value = Nd4j.linspace(0, 1, 1500).reshape(1, 1500);
        LayerActivations layer = LayerReading.of(GraphNode.of("dense", "Dense", Map.of()), value, false);

        assertThat(layer.units()).hasSize(InsideService.MAX_UNITS);
        assertThat(layer.unitCount()).isEqualTo(1500);
        assertThat(layer.note()).isEqualTo("The first 1024 of 1500 units are shown.");
        assertThat(layer.topUnits(3)).containsExactly(1023, 1022, 1021);
        assertThat(layer.high()).isEqualTo(1.0, within(1e-6));
    }

    @Test
    void aSequenceSaysWhyItIsNotDrawn() {
        LayerActivations layer = LayerReading.of(GraphNode.of("lstm", "LSTM", Map.of()), Nd4j.zeros(1, 8, 5), false);

        assertThat(layer.kind()).isEqualTo(LayerKind.NOT_SHOWN);
        assertThat(layer.note()).startsWith("This layer's output runs over time (8 values × 5 steps)");
    }

    @Test
    void aPictureRunsFromBlackAtTheLayersLowToWhiteAtItsHigh() throws IOException {
        FeatureMap map = new FeatureMap(0, 1, 3, new float[]{-1f, 0.5f, 2f});
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(FeatureMapPicture.png(map, -1, 2)));

        assertThat(image.getWidth()).isEqualTo(3);
        assertThat(image.getRaster().getSample(0, 0, 0)).isZero();
        assertThat(image.getRaster().getSample(1, 0, 0)).isEqualTo(128);
        assertThat(image.getRaster().getSample(2, 0, 0)).isEqualTo(255);
    }
}
