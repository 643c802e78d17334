package dev.deepcanvas.backend.inside;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.factory.Nd4j;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import static org.assertj.core.api.Assertions.assertThat;

class GeneratedPicturesTest {

    @Test
    void aSigmoidGeneratorsGreyPicturesAreDrawnFromZeroToOne() throws IOException {
        // two pictures of 1 channel, 2 × 3 pixels
        GeneratedPictures pictures = GeneratedPictures.of(Nd4j.create(new float[]{
                0, 0.5f, 1, 0.25f, 0.75f, 0.1f,
                1, 1, 1, 0, 0, 0}, new long[]{2, 1, 2, 3}));

        assertThat(pictures.signed()).isFalse();
        assertThat(pictures.count()).isEqualTo(2);
        assertThat(pictures.value(0, 0, 1, 1)).isEqualTo(0.75f);
        BufferedImage first = png(pictures, 0);
        assertThat(first.getWidth()).isEqualTo(3);
        assertThat(first.getHeight()).isEqualTo(2);
        assertThat(first.getRGB(0, 0) & 0xffffff).isEqualTo(0x000000);
        assertThat(first.getRGB(2, 0) & 0xffffff).isEqualTo(0xffffff);
        assertThat(first.getRGB(1, 0) & 0xffffff).isEqualTo(0x808080);
        assertThat(png(pictures, 1).getRGB(0, 1) & 0xffffff).isEqualTo(0x000000);
    }

    @Test
    void aTanhGeneratorsColourPictureIsReadFromMinusOneToOne() throws IOException {
        // one picture of 3 channels, 1 × 2 pixels: red, green, blue planes
        GeneratedPictures pictures = GeneratedPictures.of(Nd4j.create(new float[]{
                1, -1,
                -1, -1,
                -1, 1}, new long[]{1, 3, 1, 2}));

        assertThat(pictures.signed()).isTrue();
        assertThat(pictures.isColour()).isTrue();
        BufferedImage picture = png(pictures, 0);
        assertThat(picture.getRGB(0, 0) & 0xffffff).isEqualTo(0xff0000);
        assertThat(picture.getRGB(1, 0) & 0xffffff).isEqualTo(0x0000ff);
    }

    private static BufferedImage png(GeneratedPictures pictures, int picture) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(pictures.png(picture)));
    }
}
