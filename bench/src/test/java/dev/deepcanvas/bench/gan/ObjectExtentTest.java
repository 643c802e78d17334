package dev.deepcanvas.bench.gan;

import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ObjectExtentTest {

    @Test
    void measuresTheAreaOfSquaresOnADarkBackground() {
        // 20 pictures: 10 with a 4×4 square, 10 with a 10×10 one, all centred alike; the background is as dark as
        // the shapes data set's darkest allows, so only the squares count
        INDArray pictures = Nd4j.valueArrayOf(new long[]{20, 3, 32, 32}, 0.4, DataType.FLOAT);
        for (int i = 0; i < 20; i++) {
            square(pictures, i, 1, i < 10 ? 4 : 10, 10, 10);
        }
        ObjectExtent extent = ObjectExtent.of(pictures);
        assertThat(extent.areaP5()).isEqualTo(16);
        assertThat(extent.areaP50()).isEqualTo(16);
        assertThat(extent.areaP95()).isEqualTo(100);
        // a 4×4 square from (10,10) has its centre at 11.5, a 10×10 one at 14.5: 1.5 either side of 13
        assertThat(extent.spreadX()).isCloseTo(1.5, within(1e-9));
        assertThat(extent.spreadY()).isCloseTo(1.5, within(1e-9));
    }

    @Test
    void theSpreadIsHowFarTheCentresWander() {
        INDArray pictures = Nd4j.zeros(DataType.FLOAT, 2, 1, 32, 32);
        square(pictures, 0, 0, 6, 2, 13);
        square(pictures, 1, 0, 6, 22, 13);
        ObjectExtent extent = ObjectExtent.of(pictures);
        assertThat(extent.spreadX()).as("centres at x 4.5 and 24.5").isCloseTo(10, within(1e-9));
        assertThat(extent.spreadY()).isZero();
        assertThat(extent.describe()).isEqualTo(
                "area 36 / 36 / 36 px (5th / 50th / 95th percentile), centres spread 10.0 × 0.0 px");
    }

    @Test
    void aFlatPictureIsRefusedWithItsShape() {
        assertThatThrownBy(() -> ObjectExtent.of(Nd4j.zeros(DataType.FLOAT, 3, 784)))
                .hasMessage("expected pictures [n, channels, height, width], got [3, 784]");
    }

    /** A bright square of {@code side} pixels in one channel, its top left corner at (x, y). */
    private static void square(INDArray pictures, int picture, int channel, int side, int x, int y) {
        for (int dy = 0; dy < side; dy++) {
            for (int dx = 0; dx < side; dx++) {
                pictures.putScalar(new long[]{picture, channel, y + dy, x + dx}, 0.95);
            }
        }
    }
}
