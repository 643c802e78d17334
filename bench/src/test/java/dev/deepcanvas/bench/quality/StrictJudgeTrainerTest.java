package dev.deepcanvas.bench.quality;

import dev.deepcanvas.backend.dataset.PreparedDataset;
import dev.deepcanvas.backend.dataset.builtin.ShapesDataset;
import dev.deepcanvas.graph.compile.GraphCompiler;
import dev.deepcanvas.graph.dl4j.NativeBackend;
import dev.deepcanvas.graph.document.GraphDocument;
import dev.deepcanvas.templates.TemplateCatalog;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StrictJudgeTrainerTest {

    /** The judge trains a CNN outside the application, so it sets up the back end as the application would. */
    @BeforeAll
    static void nativeBackend() {
        NativeBackend.configure();
    }

    @Test
    void aShortTrainingRejectsNoiseAndStillNamesRealHeldOutShapes() {
        PreparedDataset shapes = ShapesDataset.load();
        DataSet train = shapes.train();
        DataSet test = shapes.test();
        // Two of the template's eight epochs keep this to about ten seconds; the full recipe is the bench's.
        INDArray pictures = train.getFeatures();
        INDArray labels = train.getLabels();
        GraphDocument template = TemplateCatalog.load().find("shapes-cnn").orElseThrow().document();
        GraphDocument shortened = template.withTraining(template.training().withEpochs(2));

        long start = System.nanoTime();
        Judge judge = StrictJudgeTrainer.train(new GraphCompiler(), shortened, pictures, labels);
        HeldOutCheck heldOut = HeldOutCheck.of(judge, test.getFeatures(), test.getLabels());
        double onNoise = judge.acceptedShare(new NonExamplePictures(pictures, labels).uniformNoise(100,
                GanInstrument.NOISE_SEED));
        System.out.printf("strict shapes judge, 2 epochs: held-out accuracy %.3f, real accepted %.3f, "
                        + "non-examples accepted %.3f %s, noise accepted %.3f, %d ms%n", heldOut.accuracy(),
                heldOut.realAccepted(), heldOut.nonExamplesAccepted(), heldOut.acceptedByKind(), onNoise,
                (System.nanoTime() - start) / 1_000_000);

        assertThat(onNoise).as("share of uniform noise accepted").isLessThanOrEqualTo(0.05);
        assertThat(heldOut.nonExamplesAccepted()).as("share of held-out non-examples accepted").isLessThan(0.2);
        assertThat(heldOut.acceptedByKind()).hasSize(NonExamplePictures.KINDS.length);
        assertThat(heldOut.accuracy()).as("held-out accuracy on real shapes").isGreaterThan(0.8);
    }

    @Test
    void theNoneClassWidensTheTemplatesOutputByOneAndNeedsTheDataToMatchIt() {
        GraphDocument template = TemplateCatalog.load().find("shapes-cnn").orElseThrow().document();
        GraphDocument strict = StrictJudgeTrainer.withNoneClass(template, 5);
        assertThat(strict.node("shape").orElseThrow().params().get("units")).isEqualTo(6);
        assertThat(strict.withNode(template.node("shape").orElseThrow())).isEqualTo(template);
        assertThatThrownBy(() -> StrictJudgeTrainer.withNoneClass(template, 10))
                .hasMessageContaining("10 classes");
    }
}
