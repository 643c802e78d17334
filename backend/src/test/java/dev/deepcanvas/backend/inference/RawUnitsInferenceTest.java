package dev.deepcanvas.backend.inference;

import dev.deepcanvas.backend.ServiceTest;
import dev.deepcanvas.backend.dataset.DatasetService;
import dev.deepcanvas.backend.dataset.TargetScale;
import dev.deepcanvas.backend.dataset.builtin.HousePricesDataset;
import dev.deepcanvas.backend.results.TaskKind;
import dev.deepcanvas.backend.training.RunLauncher;
import dev.deepcanvas.backend.training.RunOptions;
import dev.deepcanvas.backend.training.RunQueries;
import dev.deepcanvas.backend.training.RunState;
import dev.deepcanvas.backend.training.RunSummary;
import dev.deepcanvas.backend.training.Runs;
import dev.deepcanvas.templates.TemplateCatalog;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/** Tabular models take features in their dataset's own units and answer in the target's unit. */
class RawUnitsInferenceTest extends ServiceTest {

    @Autowired
    RunLauncher launcher;
    @Autowired
    RunQueries queries;
    @Autowired
    InferenceService inference;
    @Autowired
    DatasetService datasets;
    @Autowired
    TemplateCatalog templates;
    @Autowired
    Runs helper;

    @Test
    void irisTakesCentimetresAndStartsFromARealHeldOutFlower() throws Exception {
        RunSummary run = helper.startIris(RunOptions.none().withEpochs(20));
        helper.awaitTerminal(run.id());

        FeatureForm form = inference.featureForm(run.id());
        assertThat(form.rawUnits()).isTrue();
        assertThat(form.names()).containsExactly("sepal length (cm)", "sepal width (cm)", "petal length (cm)",
                "petal width (cm)");
        // Undoing the standardisation gives back the measurements as recorded: centimetres with one decimal.
        for (double cm : form.defaults()) {
            assertThat(cm).isBetween(0.1, 8.0);
            assertThat(cm * 10).isCloseTo(Math.rint(cm * 10), within(1e-3));
        }
        double[] raw = form.defaults().stream().mapToDouble(Double::doubleValue).toArray();
        assertThat(inference.predictRaw(run.id(), raw, form.names()).values())
                .usingComparatorForType((a, b) -> Math.abs(a - b) < 1e-5 ? 0 : Double.compare(a, b), Double.class)
                .containsExactlyElementsOf(inference.predictHeldOut(run.id(), 0).values());
        assertThat(inference.heldOutFeatures(run.id(), 3)).hasSize(4);

        assertThatThrownBy(() -> inference.predictRaw(run.id(), new double[]{5.1, Double.NaN, 1.4, 0.2},
                form.names())).isInstanceOf(InferenceRejectedException.class)
                .hasMessage("'sepal width (cm)' needs a finite number.");
        assertThatThrownBy(() -> inference.predictRaw(run.id(), new double[]{5.1, 3.5}, form.names()))
                .isInstanceOf(InferenceRejectedException.class)
                .hasMessage("This model takes 4 features; 2 were given.");
    }

    @Test
    void housePricesTakeSquareMetresAndAnswerInThousandEuros() throws Exception {
        RunSummary run = launcher.start(new RunLauncher.StartRequest(null, null,
                templates.find("house-prices-mlp").orElseThrow().document(), HousePricesDataset.ID,
                RunOptions.none().withEpochs(3)));
        assertThat(helper.awaitTerminal(run.id()).status()).isEqualTo(RunState.SUCCEEDED);

        FeatureForm form = inference.featureForm(run.id());
        assertThat(form.rawUnits()).isTrue();
        int area = form.names().indexOf("living area (m²)");
        assertThat(area).as(form.names().toString()).isNotNegative();
        assertThat(form.defaults().get(area)).isBetween(35.0, 220.0);

        double[] house = form.defaults().stream().mapToDouble(Double::doubleValue).toArray();
        Prediction prediction = inference.predictRaw(run.id(), house, form.names());
        TargetScale scale = datasets.get(HousePricesDataset.ID).descriptor().targetScale();
        assertThat(prediction.kind()).isEqualTo(TaskKind.REGRESSION);
        assertThat(prediction.unit()).isEqualTo("thousand euros");
        assertThat(prediction.original()).singleElement().asInstanceOf(
                org.assertj.core.api.InstanceOfAssertFactories.DOUBLE)
                .isCloseTo(scale.toOriginal(0, prediction.values().get(0)), within(1e-9));

        // A bigger house of the same kind costs more: the typed square metres reach the model as square metres.
        double[] bigger = house.clone();
        bigger[area] = house[area] + 100;
        assertThat(inference.predictRaw(run.id(), bigger, form.names()).original().get(0))
                .isGreaterThan(prediction.original().get(0));
    }
}
