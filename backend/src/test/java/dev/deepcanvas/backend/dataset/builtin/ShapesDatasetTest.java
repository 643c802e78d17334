package dev.deepcanvas.backend.dataset.builtin;

import dev.deepcanvas.backend.dataset.DatasetPart;
import dev.deepcanvas.backend.dataset.DatasetSplit;
import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.backend.dataset.parsing.Vocabulary;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.indexing.NDArrayIndex;

import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class ShapesDatasetTest {

    static PreparedDataset shapes;

    @BeforeAll
    static void load() {
        shapes = ShapesDataset.load();
    }

    @Test
    void providesNchwColourImagesAndOneHotShapes() {
        assertThat(shapes.train().getFeatures().shape()).containsExactly(4000, 3, 32, 32);
        assertThat(shapes.validation()).get().extracting(v -> v.getFeatures().shape()[0]).isEqualTo(500L);
        assertThat(shapes.test().getLabels().shape()).containsExactly(500, 5);
        assertThat(shapes.descriptor().counts()).isEqualTo(ShapesDataset.DESCRIPTOR.counts());
        assertThat(shapes.synthetic()).isTrue();
        INDArray x = shapes.train().getFeatures();
        assertThat(x.minNumber().doubleValue()).isGreaterThanOrEqualTo(0.0);
        assertThat(x.maxNumber().doubleValue()).isLessThanOrEqualTo(1.0);
    }

    @Test
    void everyShapeIsEquallyFrequentInEveryPart() {
        assertThat(shapes.train().getLabels().sum(0).toDoubleVector()).containsOnly(800.0);
        assertThat(shapes.validation().orElseThrow().getLabels().sum(0).toDoubleVector()).containsOnly(100.0);
        assertThat(shapes.test().getLabels().sum(0).toDoubleVector()).containsOnly(100.0);
    }

    @Test
    void everyPictureCarriesItsSizeAndColourAsAttributesThatItsCaptionNamesInTheSameOrder() {
        assertThat(shapes.descriptor().attributes()).satisfiesExactly(
                size -> {
                    assertThat(size.name()).isEqualTo("size");
                    assertThat(size.values()).containsExactly("small", "large");
                },
                colour -> {
                    assertThat(colour.name()).isEqualTo("colour");
                    assertThat(colour.values()).containsExactly("red", "green", "blue", "yellow", "white");
                });
        for (DatasetPart part : DatasetPart.values()) {
            DatasetSplit split = shapes.part(part).orElseThrow();
            INDArray sizes = split.attributes().get(0);
            INDArray colours = split.attributes().get(1);
            assertThat(sizes.shape()).containsExactly(split.size(), 2);
            assertThat(colours.shape()).containsExactly(split.size(), 5);
            assertThat(sizes.sum(1).toDoubleVector()).containsOnly(1.0);
            assertThat(colours.sum(1).toDoubleVector()).containsOnly(1.0);
            int[] size = sizes.argMax(1).toIntVector();
            int[] colour = colours.argMax(1).toIntVector();
            for (int i = 0; i < split.size(); i++) {
                // "small red circle": the caption's words are the size, the colour and the shape.
                String[] words = split.texts().get(i).split(" ");
                assertThat(words[0]).isEqualTo(ShapeScene.SIZES.get(size[i]));
                assertThat(words[1]).isEqualTo(ShapeScene.COLOURS.get(colour[i]));
            }
        }
    }

    @Test
    void colourAndSizeDoNotGiveTheShapeAway() {
        ShapeImages images = ShapeImages.generate(1000, ShapesDataset.SEED);
        Set<String> captions = new HashSet<>();
        for (int i = 0; i < images.count(); i++) {
            captions.add(images.scene(i).caption());
        }
        // Every size × colour × shape combination occurs, so only the form tells the shapes apart.
        assertThat(captions).hasSize(2 * 5 * 5);
    }

    @Test
    void theShapeIsPaintedInItsColourOverADarkBackground() {
        ShapeImages images = ShapeImages.generate(20, 5);
        for (int i = 0; i < images.count(); i++) {
            ShapeScene scene = images.scene(i);
            INDArray image = images.images(i, i + 1);
            int cx = (int) scene.centreX();
            int cy = (int) scene.centreY();
            // The circle, square, diamond and cross all cover their centre; a triangle's centre lies inside too.
            double[] centre = image.get(NDArrayIndex.point(0), NDArrayIndex.all(), NDArrayIndex.point(cy),
                    NDArrayIndex.point(cx)).toDoubleVector();
            double[] expected = ShapeScene.RGB[scene.colour()];
            for (int c = 0; c < 3; c++) {
                assertThat(centre[c]).as("sample %d channel %d", i, c).isBetween(expected[c] - 0.25, expected[c] + 0.25);
            }
            double corner = image.get(NDArrayIndex.point(0), NDArrayIndex.all(), NDArrayIndex.point(0),
                    NDArrayIndex.point(0)).maxNumber().doubleValue();
            assertThat(corner).isLessThan(0.45);
        }
    }

    @Test
    void theSameSeedPaintsTheSamePicturesAndAnotherSeedOthers() {
        assertThat(ShapeImages.generate(50, 1).images(0, 50)).isEqualTo(ShapeImages.generate(50, 1).images(0, 50));
        assertThat(ShapeImages.generate(50, 1).images(0, 50)).isNotEqualTo(ShapeImages.generate(50, 2).images(0, 50));
    }

    @Test
    void captionsPairEachPictureWithItsWordsShiftedBehindStart() {
        PreparedDataset captions = ShapeCaptionsDataset.build(ShapeImages.generate(50, ShapesDataset.SEED));
        DatasetSplit train = captions.part(DatasetPart.TRAIN).orElseThrow();
        Vocabulary vocabulary = ShapeCaptionsDataset.VOCABULARY;
        assertThat(train.features()).hasSize(2);
        assertThat(train.features().get(1).shape()).containsExactly(40, 1, 3);
        assertThat(train.labels().get(0).shape()).containsExactly(40, vocabulary.size(), 3);
        for (int i = 0; i < train.size(); i++) {
            String[] words = train.texts().get(i).split(" ");
            INDArray previous = train.features().get(1);
            INDArray target = train.labels().get(0);
            assertThat(vocabulary.token(previous.getInt(i, 0, 0))).isEqualTo("<start>");
            for (int t = 0; t < 3; t++) {
                assertThat(target.getDouble(i, vocabulary.id(words[t]), t)).isEqualTo(1.0);
                if (t > 0) {
                    assertThat(vocabulary.token(previous.getInt(i, 0, t))).isEqualTo(words[t - 1]);
                }
            }
        }
        // The same pictures as the shapes dataset, so a trained shapes CNN can encode them.
        assertThat(train.features().get(0))
                .isEqualTo(ShapesDataset.build(ShapeImages.generate(50, ShapesDataset.SEED)).train().getFeatures());
    }
}
