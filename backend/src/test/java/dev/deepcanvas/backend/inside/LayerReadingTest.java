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
    void aSequenceIsOneMapOfUnitsOverTimeCappedAndSaidSo() {
        var value = Nd4j.rand(1, 130, 300);
        LayerActivations layer = LayerReading.of(GraphNode.of("lstm", "LSTM", Map.of()), value, false);

        assertThat(layer.kind()).isEqualTo(LayerKind.OVER_TIME);
        assertThat(layer.shape()).containsExactly(130L, 300L);
        assertThat(layer.channels()).isEqualTo(130);
        FeatureMap map = layer.maps().get(0);
        assertThat(map.height()).isEqualTo(LayerReading.MAX_UNITS_OVER_TIME);
        assertThat(map.width()).isEqualTo(LayerReading.MAX_STEPS);
        assertThat(map.value(127, 255)).isEqualTo(value.getFloat(0, 127, 255));
        assertThat(map.value(3, 0)).isEqualTo(value.getFloat(0, 3, 0));
        assertThat(layer.note()).isEqualTo("The first 128 of 130 units are shown. The first 256 of 300 time steps "
                + "are shown.");
    }

    @Test
    void aVolumeSaysWhyItIsNotDrawn() {
        LayerActivations layer = LayerReading.of(GraphNode.of("conv3d", "Conv3D", Map.of()), Nd4j.zeros(1, 2, 3, 4, 5),
                false);

        assertThat(layer.kind()).isEqualTo(LayerKind.NOT_SHOWN);
        assertThat(layer.note()).isEqualTo("This layer's output has 4 axes [2, 3, 4, 5]; only feature maps, units and "
                + "sequences are drawn for now.");
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

    @Test
    void aSaliencyHeatMapRunsFromBlackThroughRedAndYellowToWhite() throws IOException {
        FeatureMap strength = new FeatureMap(0, 1, 4, new float[]{0f, 1f, 2f, 3f});
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(SaliencyPicture.heat(strength, 3)));

        assertThat(image.getRGB(0, 0) & 0xffffff).isEqualTo(0x000000);
        assertThat(image.getRGB(1, 0) & 0xffffff).isEqualTo(0xff0000);
        assertThat(image.getRGB(2, 0) & 0xffffff).isEqualTo(0xffff00);
        assertThat(image.getRGB(3, 0) & 0xffffff).isEqualTo(0xffffff);
    }

    @Test
    void aFilterOverAColourPictureIsDrawnInColourOnTheLayersScale() throws IOException {
        // one 1×2 filter: red, green, blue weights of its two pixels
        LearnedFilters filters = new LearnedFilters("conv", 1, 3, 1, 2, java.util.List.of(
                new float[]{-1f, 1f, 0f, -1f, 1f, 0f}), -1, 1, null);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(FilterPicture.png(filters, 0)));

        assertThat(image.getWidth()).isEqualTo(2);
        assertThat(image.getRGB(0, 0) & 0xffffff).isEqualTo(0x0080ff);
        assertThat(image.getRGB(1, 0) & 0xffffff).isEqualTo(0xff0080);
    }

    @Test
    void aFilterOverOtherChannelsIsGreyWithItsChannelsSideBySide() throws IOException {
        LearnedFilters filters = new LearnedFilters("conv", 1, 2, 1, 1, java.util.List.of(new float[]{0f, 2f}), 0, 2,
                null);
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(FilterPicture.png(filters, 0)));

        assertThat(image.getWidth()).isEqualTo(3);
        assertThat(image.getRGB(0, 0) & 0xffffff).isEqualTo(0x000000);
        assertThat(image.getRGB(1, 0) & 0xffffff).isEqualTo(0x808080);
        assertThat(image.getRGB(2, 0) & 0xffffff).isEqualTo(0xffffff);
    }
}
