package dev.deepcanvas.bench.quality;

import dev.deepcanvas.backend.dataset.DatasetService;
import dev.deepcanvas.backend.training.RunOptions;
import dev.deepcanvas.backend.training.RunQueries;
import dev.deepcanvas.bench.BenchContext;
import dev.deepcanvas.graph.dl4j.NativeBackend;
import dev.deepcanvas.templates.Template;
import dev.deepcanvas.templates.TemplateCatalog;
import org.deeplearning4j.util.ModelSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.DataSet;
import org.nd4j.linalg.factory.Nd4j;

import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the two judges of a GAN accept, side by side, with the judge templates' full defaults: the template judge
 * (trained through the run service, as the verification does) and its strict judge, on each kind of held-out non-example
 * and on real held-out pictures made slightly worse (pixel noise, blur). It documents the instrument, so that a GAN
 * figure can be read: the strict judge rejects what the template judge wrongly accepts, and it is also harder on
 * soft or noisy pictures of a real class. About a minute per judge on two cores; it runs with the quality suite.
 */
@Tag("quality")
class JudgeCharacterisationTest {

    private static BenchContext bench;
    private static TemplateQuality quality;
    private static TemplateCatalog catalog;
    private static RunQueries queries;
    private static DatasetService datasets;

    @BeforeAll
    static void start() throws Exception {
        NativeBackend.configure();
        bench = BenchContext.start("deepcanvas-judges");
        quality = bench.bean(TemplateQuality.class);
        catalog = bench.bean(TemplateCatalog.class);
        queries = bench.bean(RunQueries.class);
        datasets = bench.bean(DatasetService.class);
    }

    @AfterAll
    static void stop() {
        if (bench != null) {
            bench.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"shapes-cnn", "lenet-mnist"})
    void bothJudgesOnNonExamplesAndOnDegradedRealPictures(String judgeTemplateId) throws Exception {
        Template template = catalog.find(judgeTemplateId).orElseThrow();
        Measurement run = quality.measure(template, RunOptions.none(), Duration.ofMinutes(20));
        assertThat(run.note()).isNull();
        Judge plain = Judge.plain(ModelSerializer.restoreComputationGraph(queries.modelFile(run.runId()).toFile(),
                false));
        StrictJudge strict = quality.trainStrictJudge(template);
        DataSet test = datasets.get(template.datasetId()).test();
        HeldOutCheck plainCheck = HeldOutCheck.of(plain, test.getFeatures(), test.getLabels());
        HeldOutCheck strictCheck = strict.heldOut();
        System.out.printf("judges of %s: real held-out accepted: template judge %.1f%%, strict %.1f%%%n",
                judgeTemplateId, 100 * plainCheck.realAccepted(), 100 * strictCheck.realAccepted());
        for (NonExamplePictures.Kind kind : NonExamplePictures.KINDS) {
            System.out.printf("judges of %s: %s accepted: template judge %.0f%%, strict %.0f%%%n", judgeTemplateId,
                    kind, 100 * plainCheck.acceptedByKind().get(kind), 100 * strictCheck.acceptedByKind().get(kind));
        }
        INDArray real = test.getFeatures();
        for (double sigma : new double[]{0.05, 0.1, 0.2}) {
            INDArray noisy = withPixelNoise(real, sigma);
            System.out.printf("judges of %s: real + pixel noise σ = %.2f accepted: template judge %.1f%%, strict %.1f%%%n",
                    judgeTemplateId, sigma, 100 * plain.acceptedShare(noisy), 100 * strict.judge().acceptedShare(noisy));
        }
        for (int radius : new int[]{1, 2}) {
            INDArray blurred = boxBlurred(real, radius);
            System.out.printf("judges of %s: real, box blur %d×%d, accepted: template judge %.1f%%, strict %.1f%%%n",
                    judgeTemplateId, 2 * radius + 1, 2 * radius + 1, 100 * plain.acceptedShare(blurred),
                    100 * strict.judge().acceptedShare(blurred));
        }

        // The strict judge keeps nearly all of the template judge's recognition of clean real pictures ...
        assertThat(strictCheck.accuracy()).isGreaterThan(plainCheck.accuracy() - 0.02);
        assertThat(strictCheck.realAccepted()).isGreaterThan(0.85);
        // ... and lets through few non-examples of any kind.
        assertThat(strictCheck.nonExamplesAccepted()).isLessThan(0.05);
        assertThat(strictCheck.nonExamplesAccepted()).isLessThanOrEqualTo(plainCheck.nonExamplesAccepted());
    }

    /** Real pictures plus seeded Gaussian pixel noise, clipped to [0, 1] like the datasets' pixels. */
    private static INDArray withPixelNoise(INDArray pictures, double sigma) {
        Nd4j.getRandom().setSeed(3);
        INDArray noisy = pictures.add(Nd4j.randn(pictures.dataType(), pictures.shape()).muli(sigma));
        return org.nd4j.linalg.ops.transforms.Transforms.min(
                org.nd4j.linalg.ops.transforms.Transforms.max(noisy, 0.0, false), 1.0, false);
    }

    /** Each channel averaged over a (2r+1)×(2r+1) box (clipped at the border). */
    private static INDArray boxBlurred(INDArray pictures, int r) {
        int height = (int) pictures.size(2);
        int width = (int) pictures.size(3);
        float[] in = pictures.dup('c').data().asFloat();
        float[] out = new float[in.length];
        for (int plane = 0; plane < in.length / (height * width); plane++) {
            int offset = plane * height * width;
            for (int y = 0; y < height; y++) {
                for (int x = 0; x < width; x++) {
                    double sum = 0;
                    int count = 0;
                    for (int yy = Math.max(0, y - r); yy <= Math.min(height - 1, y + r); yy++) {
                        for (int xx = Math.max(0, x - r); xx <= Math.min(width - 1, x + r); xx++) {
                            sum += in[offset + yy * width + xx];
                            count++;
                        }
                    }
                    out[offset + y * width + x] = (float) (sum / count);
                }
            }
        }
        return Nd4j.create(out, pictures.shape(), 'c');
    }
}
