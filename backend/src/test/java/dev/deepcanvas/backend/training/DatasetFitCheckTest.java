package dev.deepcanvas.backend.training;

import dev.deepcanvas.backend.ServiceTest;
import dev.deepcanvas.backend.dataset.builtin.IrisDataset;
import dev.deepcanvas.backend.dataset.builtin.MnistDataset;
import dev.deepcanvas.templates.TemplateCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/** The Train dialog's check agrees with what the run launcher accepts, GANs included. */
class DatasetFitCheckTest extends ServiceTest {

    private final TemplateCatalog catalog = TemplateCatalog.load();

    @Autowired
    DatasetFitCheck fitCheck;

    @Test
    void aGanFitsTheRealPicturesItsDiscriminatorTakes() {
        var gan = catalog.find("digit-gan").orElseThrow().document();

        assertThat(fitCheck.problems(gan, MnistDataset.DESCRIPTOR)).isEmpty();
    }

    @Test
    void aGanOnTabularDataIsToldToChoosePictures() {
        var gan = catalog.find("digit-gan").orElseThrow().document();

        assertThat(fitCheck.problems(gan, IrisDataset.DESCRIPTOR))
                .singleElement().asString().contains("A GAN learns from pictures");
    }

    @Test
    void anAutoencoderFitsAnyDatasetOfPicturesAndIsToldToChoosePicturesOtherwise() {
        var autoencoder = catalog.find("autoencoder-mnist").orElseThrow().document();

        assertThat(fitCheck.problems(autoencoder, MnistDataset.DESCRIPTOR)).isEmpty();
        assertThat(fitCheck.problems(autoencoder, IrisDataset.DESCRIPTOR)).singleElement().asString()
                .contains("answers with a picture (ImageOutput)").contains("Choose a dataset of pictures");
    }

    @Test
    void anOrdinaryGraphIsCheckedNodeByNode() {
        var lenet = catalog.find("lenet-mnist").orElseThrow().document();

        assertThat(fitCheck.problems(lenet, MnistDataset.DESCRIPTOR)).isEmpty();
        assertThat(fitCheck.problems(lenet, IrisDataset.DESCRIPTOR)).isNotEmpty();
    }
}
