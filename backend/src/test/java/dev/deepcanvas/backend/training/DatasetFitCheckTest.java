package dev.deepcanvas.backend.training;

import dev.deepcanvas.backend.dataset.IrisDataset;
import dev.deepcanvas.backend.dataset.MnistDataset;
import dev.deepcanvas.templates.TemplateCatalog;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The Train dialog's check agrees with what the training service accepts, GANs included. */
class DatasetFitCheckTest {

    private final TemplateCatalog catalog = TemplateCatalog.load();

    @Test
    void aGanFitsTheRealPicturesItsDiscriminatorTakes() {
        var gan = catalog.find("digit-gan").orElseThrow().document();

        assertThat(DatasetFitCheck.problems(gan, MnistDataset.DESCRIPTOR)).isEmpty();
    }

    @Test
    void aGanOnTabularDataIsToldToChoosePictures() {
        var gan = catalog.find("digit-gan").orElseThrow().document();

        assertThat(DatasetFitCheck.problems(gan, IrisDataset.DESCRIPTOR))
                .singleElement().asString().contains("A GAN learns from pictures");
    }

    @Test
    void anOrdinaryGraphIsCheckedNodeByNode() {
        var lenet = catalog.find("lenet-mnist").orElseThrow().document();

        assertThat(DatasetFitCheck.problems(lenet, MnistDataset.DESCRIPTOR)).isEmpty();
        assertThat(DatasetFitCheck.problems(lenet, IrisDataset.DESCRIPTOR)).isNotEmpty();
    }
}
