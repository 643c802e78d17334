package dev.deepcanvas.app.playground;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import dev.deepcanvas.backend.dataset.DatasetDescriptor;
import dev.deepcanvas.backend.dataset.TargetScale;
import dev.deepcanvas.backend.inference.InferenceRejectedException;
import dev.deepcanvas.backend.inference.InferenceService;
import dev.deepcanvas.backend.inference.Prediction;
import dev.deepcanvas.graph.analysis.Shape;
import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.factory.Nd4j;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * Try a trained model: type a feature vector, take a held-out example, or for image models draw a digit or
 * upload a picture; the prediction appears with every class's probability.
 */
public class PlaygroundPanel extends Div {

    private static final int MAX_FEATURE_FIELDS = 64;
    private static final int MAX_IMAGE_BYTES = 5 * 1024 * 1024;

    private final long runId;
    private final InferenceService inference;
    private final ProbabilityBars result;
    private final Paragraph error = new Paragraph();
    private final Div example = new Div();
    private final List<NumberField> features = new ArrayList<>();

    /** @param scale a regression dataset's target statistics, to show predictions in its unit; null otherwise */
    public PlaygroundPanel(long runId, DatasetDescriptor dataset, TargetScale scale, InferenceService inference) {
        this.runId = runId;
        this.result = new ProbabilityBars(scale);
        this.inference = inference;
        setId("playground");
        addClassName("playground");
        error.setId("playground-error");
        error.addClassName("form-error");
        error.setVisible(false);
        example.addClassName("playground-example");

        Shape shape = dataset.input().shape();
        Div inputs = new Div();
        inputs.addClassName("playground-inputs");
        if (dataset.inputs().size() == 1 && shape.isVector() && shape.size() <= MAX_FEATURE_FIELDS) {
            inputs.add(featureForm(dataset, (int) shape.size()));
        }
        if (dataset.inputs().size() == 1 && shape.isImage()) {
            inputs.add(imageInputs((int) shape.height(), (int) shape.width(), (int) shape.channels()));
        }
        inputs.add(heldOutPicker(dataset.counts().test(), shape.isImage()));
        add(inputs, new Div(example, result, error));
    }

    /** Models that give one class or one set of numbers per example; sequence generators have no form here. */
    public static boolean supports(DatasetDescriptor dataset) {
        return dataset.inputs().size() == 1 && !dataset.task().predictsSequences();
    }

    private Component featureForm(DatasetDescriptor dataset, int size) {
        Div form = new Div();
        form.addClassName("feature-form");
        for (int i = 0; i < size; i++) {
            String name = i < dataset.featureNames().size() ? dataset.featureNames().get(i) : "feature " + (i + 1);
            NumberField field = new NumberField(name);
            field.setId("feature-" + i);
            field.setValue(0.0);
            features.add(field);
            form.add(field);
        }
        Paragraph units = new Paragraph("Values as the model sees them: standardised like the training data "
                + "(0 is the training mean, 1 one standard deviation above it). A held-out example fills them in.");
        units.addClassName("muted");
        Button predict = new Button("Predict", e -> predictFeatures());
        predict.setId("predict-button");
        predict.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        return new Div(new H4("Features"), units, form, predict);
    }

    private Component imageInputs(int height, int width, int channels) {
        Div box = new Div(new H4("Draw or upload"));
        if (channels == 1) {
            DrawPad pad = new DrawPad(height, pixels -> {
                if (height == width) {
                    run(() -> inference.predict(runId, Nd4j.createFromArray(pixels).reshape(1, 1, height, width)));
                }
            });
            Button clear = new Button("Clear", e -> pad.clear());
            clear.setId("draw-clear");
            clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            box.add(new Paragraph("Draw a digit with the mouse; the prediction follows each stroke."), pad, clear);
        }
        Upload upload = new Upload(UploadHandler.inMemory((meta, bytes) -> getUI().ifPresent(ui -> ui.access(() ->
                UploadedImage.toInput(bytes, height, width, channels).ifPresentOrElse(
                        input -> {
                            example.removeAll();
                            example.add(ExampleImage.of(input, meta.fileName(), 112));
                            run(() -> inference.predict(runId, input));
                        },
                        () -> showError("'" + meta.fileName() + "' is not a picture DeepCanvas can read: upload a "
                                + "PNG, JPEG, GIF or BMP file."))))));
        upload.setId("playground-upload");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_IMAGE_BYTES);
        upload.setAcceptedFileTypes("image/*");
        upload.addFileRejectedListener(e -> showError(e.getErrorMessage()));
        box.add(upload);
        return box;
    }

    private Component heldOutPicker(int count, boolean images) {
        IntegerField index = new IntegerField("Held-out example (0 to " + (count - 1) + ")");
        index.setId("example-index");
        index.setMin(0);
        index.setMax(Math.max(0, count - 1));
        index.setValue(0);
        index.setStepButtonsVisible(true);
        Button use = new Button("Predict this example", e -> {
            if (index.getValue() == null) {
                showError("Enter the number of a held-out example, from 0 to " + (count - 1) + ".");
                return;
            }
            int i = index.getValue();
            run(() -> {
                INDArray input = inference.heldOutExample(runId, i);
                example.removeAll();
                if (images) {
                    example.add(ExampleImage.of(input, "held-out example " + i, 112));
                } else if (!features.isEmpty()) {
                    for (int f = 0; f < features.size(); f++) {
                        features.get(f).setValue(Math.round(input.getDouble(0, f) * 1000) / 1000.0);
                    }
                }
                return inference.predict(runId, input);
            });
        });
        use.setId("use-example-button");
        HorizontalLayout row = new HorizontalLayout(index, use);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return new Div(new H4("Held-out examples"), row);
    }

    private void predictFeatures() {
        double[] values = new double[features.size()];
        for (int i = 0; i < values.length; i++) {
            NumberField field = features.get(i);
            if (field.getValue() == null || field.isInvalid()) {
                showError("'" + field.getLabel() + "' needs a number.");
                return;
            }
            values[i] = field.getValue();
        }
        run(() -> inference.predict(runId, values));
    }

    private void run(Supplier<Prediction> prediction) {
        try {
            result.show(prediction.get());
            error.setVisible(false);
        } catch (InferenceRejectedException e) {
            showError(e.getMessage());
        }
    }

    private void showError(String message) {
        error.setText(message);
        error.setVisible(true);
    }
}
