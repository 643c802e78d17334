package dev.deepcanvas.bench.quality;

import dev.deepcanvas.backend.dataset.DatasetPart;
import dev.deepcanvas.backend.dataset.DatasetSplit;
import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.backend.dataset.builtin.ShapesDataset;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.buffer.DataType;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ColourReaderTest {

    private static final PreparedDataset SHAPES = ShapesDataset.load();

    @Test
    void itReadsTheColourOfHeldOutShapesAsTheirCaptionsNameIt() {
        DatasetSplit train = SHAPES.part(DatasetPart.TRAIN).orElseThrow();
        ColourReader reader = ColourReader.learn(train.features().get(0), ColourReader.colourWords(train.texts()));
        assertThat(reader.colours()).containsExactly("blue", "green", "red", "white", "yellow");

        DatasetSplit test = SHAPES.part(DatasetPart.TEST).orElseThrow();
        int[] read = reader.read(test.features().get(0));
        List<String> truth = ColourReader.colourWords(test.texts());
        int right = 0;
        for (int i = 0; i < read.length; i++) {
            right += read[i] != ColourReader.NONE && reader.colours().get(read[i]).equals(truth.get(i)) ? 1 : 0;
        }
        assertThat((double) right / read.length).as("held-out shapes read as their caption's colour")
                .isGreaterThan(0.98);
    }

    @Test
    void greyMushHasNoColourAndSharesCountOnlyColouredPictures() {
        DatasetSplit train = SHAPES.part(DatasetPart.TRAIN).orElseThrow();
        ColourReader reader = ColourReader.learn(train.features().get(0), ColourReader.colourWords(train.texts()));
        INDArray grey = Nd4j.valueArrayOf(new long[]{4, 3, 32, 32}, 0.5, DataType.FLOAT);
        assertThat(reader.read(grey)).containsOnly(ColourReader.NONE);
        assertThat(reader.shares(grey)).containsOnly(0.0);
    }

    @Test
    void captionsMustNameSizeColourAndShape() {
        assertThatThrownBy(() -> ColourReader.colourWords(List.of("red circle")))
                .hasMessageContaining("'red circle' is not 'size colour shape'");
    }
}
