package dev.deepcanvas.app.playground;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.NumberField;
import dev.deepcanvas.backend.inference.FeatureForm;
import dev.deepcanvas.backend.inference.InferenceService;

import java.util.ArrayList;
import java.util.List;

/**
 * One number field per feature of a tabular model, in the dataset's own units where its scaling is known (the
 * service rescales them as training did), starting from a real held-out example.
 */
class FeatureInputs extends Div {

    private final long runId;
    private final InferenceService inference;
    private final PredictionTarget target;
    private final List<NumberField> fields = new ArrayList<>();
    private final List<String> names;

    FeatureInputs(long runId, FeatureForm form, InferenceService inference, PredictionTarget target) {
        this.runId = runId;
        this.inference = inference;
        this.target = target;
        this.names = form.names();
        Div grid = new Div();
        grid.addClassName("feature-form");
        for (int i = 0; i < form.names().size(); i++) {
            NumberField field = new NumberField(form.names().get(i));
            field.setId("feature-" + i);
            fields.add(field);
            grid.add(field);
        }
        fill(form.defaults().stream().mapToDouble(Double::doubleValue).toArray());
        Paragraph units = new Paragraph(form.rawUnits()
                ? "Values in the data's own units, as in the file or the description. They start as held-out "
                + "example 0; the model gets them rescaled exactly as its training data were."
                : "Values as the model sees them: standardised like the training data (0 is the training mean, 1 "
                + "one standard deviation above it), because this dataset was stored before DeepCanvas kept its "
                + "scaling. They start as held-out example 0.");
        units.setId("feature-units");
        units.addClassName("muted");
        Button predict = new Button("Predict", e -> predict());
        predict.setId("predict-button");
        predict.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H4("Features"), units, grid, predict);
    }

    /** Shows values (a held-out example), rounded for reading: typed values rarely need more digits. */
    void fill(double[] values) {
        for (int i = 0; i < fields.size() && i < values.length; i++) {
            fields.get(i).setValue(Math.round(values[i] * 1000) / 1000.0);
        }
    }

    void predict() {
        double[] values = new double[fields.size()];
        for (int i = 0; i < values.length; i++) {
            NumberField field = fields.get(i);
            if (field.getValue() == null || field.isInvalid()) {
                target.reject("'" + field.getLabel() + "' needs a number.");
                return;
            }
            values[i] = field.getValue();
        }
        target.predict(() -> inference.predictRaw(runId, values, names));
    }
}
